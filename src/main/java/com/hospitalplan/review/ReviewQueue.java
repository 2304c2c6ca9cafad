package com.hospitalplan.review;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.report.ReportAccess;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** A reviewer's queue: the submitted reports of the units in the reviewer's region, the longest waiting first. */
@Service
public class ReviewQueue {

    private final ReportDecisions decisions;
    private final OrganizationService organizations;

    ReviewQueue(ReportDecisions decisions, OrganizationService organizations) {
        this.decisions = decisions;
        this.organizations = organizations;
    }

    /** The reports the user decides now; empty for anyone but a reviewer. */
    public List<ReviewItem> of(SignedInUser user) {
        if (user.role() != Role.REVIEWER) {
            return List.of();
        }
        OrganizationView own = organizations
                .find(user.organizationId())
                .orElseThrow(() -> new IllegalStateException("No organisation " + user.organizationId()));
        ReportAccess.Actor actor = ReportAccess.Actor.of(user.role(), own);
        RegionTree regions = organizations.regionTree();
        List<ReportDecisions.Submitted> submitted = decisions.submitted();
        Map<Long, OrganizationView> units = organizations.findAll(submitted.stream()
                .map(ReportDecisions.Submitted::organizationId)
                .collect(Collectors.toSet()));
        List<ReportDecisions.Submitted> decidable = submitted.stream()
                .filter(report -> units.containsKey(report.organizationId()))
                .filter(report -> ReportAccess.canDecide(
                        actor, ReportAccess.Unit.of(units.get(report.organizationId())), regions))
                .toList();
        Map<Long, ReportDecisions.Waiting> waiting = decisions.waiting(
                decidable.stream().map(ReportDecisions.Submitted::reportId).toList());
        return decidable.stream()
                .filter(report -> waiting.containsKey(report.reportId()))
                .map(report -> new ReviewItem(
                        report.reportId(),
                        report.planTitle(),
                        report.period(),
                        units.get(report.organizationId()).fullName(),
                        report.submittedAt(),
                        waiting.get(report.reportId()).version(),
                        waiting.get(report.reportId()).clean()))
                .toList();
    }
}
