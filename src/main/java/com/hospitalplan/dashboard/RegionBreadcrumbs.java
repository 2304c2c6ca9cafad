package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.Choice;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The way up from a region: the names of the regions above it, and the breadcrumbs a viewer may follow. Plain Java. */
final class RegionBreadcrumbs {

    private RegionBreadcrumbs() {}

    /** The region's name and those of the regions above it, nearest first. */
    static List<String> ancestry(RegionView region, List<RegionView> regions) {
        Map<String, RegionView> byCode = byCode(regions);
        List<String> names = new ArrayList<>();
        for (RegionView current = region; current != null; current = byCode.get(current.parentCode())) {
            names.add(current.name());
        }
        return names;
    }

    /** The way up from the region to the highest one the viewer may open. */
    static List<Choice> breadcrumbs(RegionView region, List<RegionView> regions, Viewer viewer, RegionTree tree) {
        Map<String, RegionView> byCode = byCode(regions);
        List<Choice> crumbs = new ArrayList<>();
        for (RegionView current = byCode.get(region.parentCode());
                current != null;
                current = byCode.get(current.parentCode())) {
            if (viewer.seesRegion(current.code(), tree)) {
                crumbs.add(0, new Choice(current.code(), current.name()));
            }
        }
        return crumbs;
    }

    private static Map<String, RegionView> byCode(List<RegionView> regions) {
        return regions.stream().collect(Collectors.toMap(RegionView::code, r -> r));
    }
}
