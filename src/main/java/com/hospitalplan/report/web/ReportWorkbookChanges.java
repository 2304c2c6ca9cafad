package com.hospitalplan.report.web;

import static com.hospitalplan.report.web.ReportWorkbookFormat.*;

import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportViews;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The changes a filled-in report workbook makes to the report, as its preview lists them. Plain Java. */
final class ReportWorkbookChanges {

    private ReportWorkbookChanges() {}

    /** What the form holds that differs from what the report held, item by item in the workbook's order. */
    static List<ReportWorkbookReading.Change> between(ReportViews.ReportPage page, ReportForm before, ReportForm form) {
        List<ReportWorkbookReading.Change> changes = new ArrayList<>();
        for (ReportViews.ValueRow v : page.values()) {
            String label = (v.number() == null ? "" : v.number() + " ") + v.name();
            add(
                    changes,
                    VALUES,
                    label,
                    before.getValues().get(v.indicatorId()),
                    form.getValues().get(v.indicatorId()));
            add(
                    changes,
                    VALUES,
                    label + " · " + EXPLANATION,
                    before.getExplanations().get(v.indicatorId()),
                    form.getExplanations().get(v.indicatorId()));
        }
        for (ReportViews.MilestoneRow m : page.milestones()) {
            add(
                    changes,
                    MILESTONES,
                    m.title() + " · " + STATUS,
                    label(before.getMilestoneStatus().get(m.milestoneId())),
                    label(form.getMilestoneStatus().get(m.milestoneId())));
            add(
                    changes,
                    MILESTONES,
                    m.title() + " · " + PERCENT,
                    before.getMilestonePercent().get(m.milestoneId()),
                    form.getMilestonePercent().get(m.milestoneId()));
            for (ReportViews.SubTargetRow sub : m.subTargets()) {
                String key = ReportForm.subTargetKey(m, sub);
                add(
                        changes,
                        SUB_TARGETS,
                        m.title() + " · " + sub.label(),
                        before.getSubTargetValues().get(key),
                        form.getSubTargetValues().get(key));
            }
        }
        for (ReportViews.SpendingRow s : page.spending()) {
            add(
                    changes,
                    SPENDING,
                    s.label(),
                    before.getSpent().get(s.budgetLineId()),
                    form.getSpent().get(s.budgetLineId()));
        }
        add(changes, NARRATIVE, ACHIEVEMENTS, before.getAchievements(), form.getAchievements());
        add(changes, NARRATIVE, PROBLEMS, before.getProblems(), form.getProblems());
        add(changes, NARRATIVE, NEXT_STEPS, before.getNextSteps(), form.getNextSteps());
        return changes;
    }

    private static String label(String progress) {
        return progress == null ? null : PROGRESS.get(MilestoneProgress.valueOf(progress));
    }

    private static void add(
            List<ReportWorkbookReading.Change> changes, String sheet, String item, String before, String after) {
        if (!Objects.equals(normal(before), normal(after))) {
            changes.add(new ReportWorkbookReading.Change(
                    sheet, item, before == null ? "" : before, after == null ? "" : after));
        }
    }

    /** Equal numbers written differently ("85" and "85.0") are no change. */
    private static String normal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }
}
