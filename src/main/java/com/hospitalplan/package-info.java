/** Hospital plan tracker: feature packages for organisations, users, plans, reporting and dashboards. */
package com.hospitalplan;
