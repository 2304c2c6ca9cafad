package com.hospitalplan.plan;

import com.hospitalplan.user.SignedInUser;

/**
 * A section another feature adds to a plan's page (the plan module knows nothing of that feature): the page shows the
 * fragment {@code section(content)} of the template {@link #template()} with what {@link #content} returns, after
 * the plan's own sections. Called only for a user who may read the plan.
 */
public interface PlanPageSection {

    /** The template holding the fragment {@code section(content)}. */
    String template();

    /** What the fragment shows for this plan and user. */
    Object content(Long planId, SignedInUser user);

    /** A section ready for the page. */
    record Shown(String template, Object content) {}
}
