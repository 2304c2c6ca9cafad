/** Reporting pages: periods of a plan, the reporter's list and report form, the reviewer's queue and decisions. */
package com.hospitalplan.report.web;
