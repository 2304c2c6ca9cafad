/** Small pieces every feature uses: error handling shared by all pages. */
package com.hospitalplan.shared;
