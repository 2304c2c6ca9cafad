/** Small pieces every feature uses: error handling shared by all pages, money formatting. */
package com.hospitalplan.shared;
