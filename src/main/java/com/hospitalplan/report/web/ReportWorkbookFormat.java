package com.hospitalplan.report.web;

import com.hospitalplan.report.MilestoneProgress;
import java.util.EnumMap;
import java.util.Map;

/**
 * The report workbook as reporters fill it in offline: one Chinese format whatever the page's language, so that a
 * workbook passed around a hospital reads the same to everyone. Rows are tied to the report by the id in column A.
 */
final class ReportWorkbookFormat {

    static final String GUIDE = "说明";
    static final String VALUES = "指标";
    static final String MILESTONES = "里程碑";
    static final String SUB_TARGETS = "子目标";
    static final String SPENDING = "资金";
    static final String NARRATIVE = "总结";

    static final String ID = "编号（勿改）";

    // 指标
    static final String NUMBER = "序号";
    static final String INDICATOR = "指标";
    static final String UNIT = "单位";
    static final String KIND = "填写方式";
    static final String BASELINE = "基线";
    static final String TARGET = "目标";
    static final String LAST = "上期值";
    static final String VALUE = "本期值";
    static final String EXPLANATION = "说明";

    // 里程碑
    static final String MILESTONE = "里程碑";
    static final String DUE = "截止年份";
    static final String STATUS = "进展";
    static final String PERCENT = "完成比例（%）";

    // 子目标: the id is the milestone's and the sub-target's position there ("12-0")
    static final String SUB_TARGET = "子目标";

    // 资金
    static final String LINE = "资金项目";
    static final String PLANNED = "计划（万元）";
    static final String SPENT = "本期支出（万元）";

    // 总结
    static final String ITEM = "项目";
    static final String TEXT = "内容";
    static final String ACHIEVEMENTS = "主要成效";
    static final String PROBLEMS = "存在问题";
    static final String NEXT_STEPS = "下一步计划";

    static final String YES = "是";
    static final String NO = "否";

    static final Map<MilestoneProgress, String> PROGRESS = new EnumMap<>(Map.of(
            MilestoneProgress.NOT_STARTED, "未开始",
            MilestoneProgress.IN_PROGRESS, "推进中",
            MilestoneProgress.DONE, "已完成",
            MilestoneProgress.DELAYED, "滞后"));

    private ReportWorkbookFormat() {}

    /** The progress a label (or an enum name) stands for, or {@code null}. */
    static MilestoneProgress progress(String text) {
        for (Map.Entry<MilestoneProgress, String> e : PROGRESS.entrySet()) {
            if (e.getValue().equals(text) || e.getKey().name().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return null;
    }
}
