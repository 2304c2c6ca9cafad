/** User accounts, sign-in (with lock-out after repeated failures), profile and password changes, user administration. */
package com.hospitalplan.user;
