/** Planner pages: plan list and page, forms for plans, goals, indicators, milestones and budget lines. */
package com.hospitalplan.plan.web;
