package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.targets.Status;
import java.util.List;

/**
 * Flags goal areas where money and indicators disagree. Plain Java.
 *
 * <p>Money spent but indicators not moving: at least half the budget spent while at least half of the judged
 * indicators are at risk or off track. Indicators moving without money: under a quarter spent while at least three
 * quarters of the judged indicators are achieved or on track.
 */
public enum MoneyAndProgress {
    SPENT_NOT_MOVING,
    MOVING_WITHOUT_SPENDING,
    IN_STEP,
    UNKNOWN;

    static MoneyAndProgress of(Integer executionPercent, List<StatusCount> counts) {
        int judged = 0;
        int lagging = 0;
        int moving = 0;
        for (StatusCount count : counts) {
            if (count.status() == Status.NO_DATA) {
                continue;
            }
            judged += count.count();
            if (count.status() == Status.AT_RISK || count.status() == Status.OFF_TRACK) {
                lagging += count.count();
            } else {
                moving += count.count();
            }
        }
        if (executionPercent == null || judged == 0) {
            return UNKNOWN;
        }
        if (executionPercent >= 50 && lagging * 2 >= judged) {
            return SPENT_NOT_MOVING;
        }
        if (executionPercent < 25 && moving * 4 >= judged * 3) {
            return MOVING_WITHOUT_SPENDING;
        }
        return IN_STEP;
    }
}
