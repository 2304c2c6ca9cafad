/** Dashboard pages and their exports. */
package com.hospitalplan.dashboard.web;
