/** Who may reach which URL: the security filter chain, sign-in handling, API tokens on /api, password hashing. */
package com.hospitalplan.security;
