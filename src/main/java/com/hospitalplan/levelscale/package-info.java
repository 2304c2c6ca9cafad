/** Level scales (电子病历应用水平, 互联互通…) kept in the database: the registry every feature reads, and their admin pages. */
package com.hospitalplan.levelscale;
