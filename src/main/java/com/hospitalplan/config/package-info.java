/** Application-wide configuration: security, locale, typed properties and database bootstrap. */
package com.hospitalplan.config;
