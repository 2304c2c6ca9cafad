/** The pages, forms and JSON API of construction projects. */
package com.hospitalplan.project.web;
