package com.hospitalplan.dashboard;

import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where a user's dashboards start: their region, their institution, the plans they may read. */
@Service
public class DashboardStart {

    private final DashboardAccess access;
    private final PlanService plans;

    DashboardStart(DashboardAccess access, PlanService plans) {
        this.access = access;
        this.plans = plans;
    }

    /**
     * Where a user's dashboards start.
     *
     * @param regionCode the user's region when they act for all of it (bureaus, government bodies), else {@code null}
     * @param regionName its name
     * @param organizationId the user's institution when they act for one, else {@code null}
     */
    public record Start(
            String regionCode,
            String regionName,
            Long organizationId,
            String organizationName,
            List<PlanSummary> plans) {}

    public Start start(SignedInUser user) {
        OrganizationView own = access.organizationOf(user);
        boolean regionWide = own.regionWide() || user.role() == Role.ADMIN;
        boolean department = own.parentId() != null;
        Long institution = own.regionWide() ? null : department ? own.parentId() : own.id();
        String institutionName = institution == null ? null : department ? own.parentName() : own.name();
        return new Start(
                regionWide ? own.regionCode() : null,
                regionWide ? own.regionName() : null,
                institution,
                institutionName,
                plans.visiblePlans(user));
    }
}
