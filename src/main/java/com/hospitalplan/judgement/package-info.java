/**
 * The one judgement of an indicator in a scope: one institution, or a set of them (a county, a city, the whole plan),
 * on a date. The report form, every dashboard, the exports and the PDF go through {@link
 * com.hospitalplan.judgement.Judgement}, so that a value is never judged by two rules. Plain Java.
 */
@ApplicationModule(
        displayName = "Judgement",
        allowedDependencies = {"organization", "plan", "targets"})
package com.hospitalplan.judgement;

import org.springframework.modulith.ApplicationModule;
