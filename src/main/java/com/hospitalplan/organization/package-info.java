/** Administrative regions, institutions (hospitals, bureaus, other bodies) and departments inside them. */
package com.hospitalplan.organization;
