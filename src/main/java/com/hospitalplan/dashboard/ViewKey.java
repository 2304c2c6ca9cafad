package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.Choice;
import com.hospitalplan.organization.RegionTree;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page of the dashboards is built from, as the key of the views cache: the plan and the revision of its
 * figures ({@link PlanStandings#revision()}), so a view of older figures is never taken for a current one, and
 * whatever else chooses what the page shows.
 */
sealed interface ViewKey {

    Long planId();

    long revision();

    /** The institutions of a plan whose figures a viewer may see. */
    record VisibleUnits(Long planId, long revision, Viewer viewer, boolean planner, RegionTree regions)
            implements ViewKey {}

    /** A plan's dashboard over the institutions shown. */
    record Plan(Long planId, long revision, Set<Long> shown, Basis basis, TargetVariant variant, Locale locale)
            implements ViewKey {}

    /** An indicator's dashboard, one page of its institutions. */
    record Indicator(
            Long planId,
            long revision,
            Long indicatorId,
            int page,
            int pageSize,
            Set<Long> shown,
            Basis basis,
            TargetVariant variant,
            Locale locale)
            implements ViewKey {}

    /** One institution's standing in one plan. */
    record InstitutionPlan(
            Long planId, long revision, Long organizationId, Basis basis, TargetVariant variant, Locale locale)
            implements ViewKey {}

    /** Whether a plan has reporting institutions in a region. */
    record ReportsIn(Long planId, long revision, String regionCode, RegionTree regions) implements ViewKey {}

    /** A region's dashboard for a plan. */
    record Region(
            Long planId,
            long revision,
            String code,
            Long rankIndicatorId,
            int page,
            Set<Long> visible,
            Basis basis,
            TargetVariant variant,
            Locale locale,
            List<Choice> planChoices,
            List<Choice> breadcrumbs)
            implements ViewKey {}
}
