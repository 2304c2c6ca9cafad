package com.hospitalplan.review;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.report.ReportAccess;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.shared.Paged;
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

    /**
     * The reports the user decides now, not yet judged whether clean (see {@link #judged}); empty for anyone but a
     * reviewer.
     */
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
        return submitted.stream()
                .filter(report -> units.containsKey(report.organizationId()))
                .filter(report -> ReportAccess.canDecide(
                        actor, ReportAccess.Unit.of(units.get(report.organizationId())), regions))
                .map(report -> new ReviewItem(
                        report.reportId(),
                        report.planTitle(),
                        report.period(),
                        units.get(report.organizationId()).fullName(),
                        report.submittedAt(),
                        report.version(),
                        false))
                .toList();
    }

    /**
     * One page of the queue as its page shows it: each report of the page also judged whether it is clean
     * ({@link ReviewItem#clean()}), which reads every value of the report, so only the page's reports are judged (at a
     * province's deadline the queue holds thousands) and the counts in the menu judge none.
     */
    public Paged<ReviewItem> judged(SignedInUser user, int page, int size) {
        Paged<ReviewItem> shown = Paged.of(of(user), page, size);
        List<ReviewItem> items = shown.rows();
        Map<Long, ReportDecisions.Waiting> waiting =
                decisions.waiting(items.stream().map(ReviewItem::reportId).toList());
        List<ReviewItem> judged = items.stream()
                .filter(item -> waiting.containsKey(item.reportId()))
                .map(item -> new ReviewItem(
                        item.reportId(),
                        item.planTitle(),
                        item.period(),
                        item.organizationName(),
                        item.submittedAt(),
                        waiting.get(item.reportId()).version(),
                        waiting.get(item.reportId()).clean()))
                .toList();
        return new Paged<>(judged, shown.number(), shown.size(), shown.total());
    }
}
