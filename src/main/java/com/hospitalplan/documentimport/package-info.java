/**
 * A plan from its document: the text of a Word file, a text-layer PDF or plain text, and the draft plan read from it
 * in plain Java (goal tree, indicator tables, targets in running text, milestones, budget lines, title and issuer,
 * responsible units, basis documents), every item with the span of text it came from; responsible units are matched
 * to the organisation directory. Nothing is saved before the planner confirms the review.
 */
@ApplicationModule(
        displayName = "Document import",
        allowedDependencies = {"organization", "plan", "planworkbook", "shared", "targets", "user"})
package com.hospitalplan.documentimport;

import org.springframework.modulith.ApplicationModule;
