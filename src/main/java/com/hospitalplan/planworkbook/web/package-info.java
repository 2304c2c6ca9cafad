/** Pages and downloads of plan workbooks: export, template, upload, preview and confirmation of an import. */
package com.hospitalplan.planworkbook.web;
