/** The sign-in page and each role's home page. */
package com.hospitalplan.home;
