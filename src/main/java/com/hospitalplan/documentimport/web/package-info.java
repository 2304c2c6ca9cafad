/** The document import's JSON API. */
package com.hospitalplan.documentimport.web;
