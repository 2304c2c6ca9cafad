/** Application-wide configuration: locale, typed properties, clock and database bootstrap. */
package com.hospitalplan.config;
