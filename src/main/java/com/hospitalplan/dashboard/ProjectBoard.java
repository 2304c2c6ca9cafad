package com.hospitalplan.dashboard;

import com.hospitalplan.project.ProjectStanding;
import java.util.List;

/**
 * The construction projects of a dashboard (a plan, a region in a plan, an institution): how each stands, those behind
 * schedule first, and in a region how many are at each stage per county.
 *
 * @param title the plan's title (null on an institution's dashboard, which spans plans)
 * @param place the region's name on a region's dashboard, else null
 * @param year the year of 本年计划投资: that of the latest counted period of any project shown, else this year
 * @param stages the stage list, in order (the columns of the counts)
 * @param byCounty per county, how many projects are at each stage (empty outside a region)
 */
public record ProjectBoard(
        String title,
        String place,
        Basis basis,
        int year,
        List<ProjectRow> rows,
        List<String> stages,
        List<CountyStages> byCounty) {

    /**
     * A project on a dashboard.
     *
     * @param builder the institution building it (建设单位), else the plan's owner
     */
    public record ProjectRow(ProjectStanding standing, String builder, String planTitle) {}

    /**
     * How many of a county's projects are at each stage of the list, in order; {@code notStarted} have reached none.
     */
    public record CountyStages(String code, String name, List<Integer> counts, int notStarted) {

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum() + notStarted;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public long behindSchedule() {
        return rows.stream().filter(r -> r.standing().behindSchedule()).count();
    }
}
