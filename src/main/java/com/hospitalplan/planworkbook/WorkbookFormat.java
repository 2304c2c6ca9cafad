package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.targets.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan workbook format: sheet names, column headers and the Chinese labels of every choice. One format, in
 * Chinese, whatever the user's language: the workbook is what bureaus pass around. Required columns are marked with a
 * leading "*" in their header; the reader finds columns by header (with or without the "*"), so their order may
 * change.
 */
final class WorkbookFormat {

    static final String README = "说明";
    static final String INFO = "基本信息";
    static final String GOALS = "目标";
    static final String MILESTONES = "里程碑";
    static final String INDICATORS = "指标";
    static final String BUDGET = "预算";
    static final String TOTALS = "预算合计";
    static final String LISTS = "选项";

    /** The sheets of data, in workbook order. */
    static final List<String> DATA_SHEETS = List.of(INFO, GOALS, MILESTONES, INDICATORS, BUDGET, TOTALS);

    /** A column: its header (without the "*"), whether it must be filled, its width in characters. */
    record Column(String header, boolean required, int width) {

        String title() {
            return required ? "*" + header : header;
        }
    }

    // 基本信息: one item per row; 依据文件, 覆盖机构 and 覆盖区域 may repeat
    static final String INFO_ITEM = "项目";
    static final String INFO_VALUE = "内容";
    static final String INFO_EXTRA = "补充";
    static final List<Column> INFO_COLUMNS = List.of(
            new Column(INFO_ITEM, true, 14), new Column(INFO_VALUE, true, 60), new Column(INFO_EXTRA, false, 28));

    static final String TITLE = "规划名称";
    static final String ISSUER = "印发单位";
    static final String OWNER = "维护单位";
    static final String STATUS = "状态";
    static final String START_YEAR = "起始年份";
    static final String END_YEAR = "结束年份";
    static final String ISSUED_ON = "印发日期";
    static final String SUMMARY = "摘要";
    static final String BASIS = "依据文件";
    static final String COVERED_ORGANIZATION = "覆盖机构";
    static final String COVERED_REGION = "覆盖区域";
    static final List<String> REQUIRED_INFO = List.of(TITLE, ISSUER, STATUS, START_YEAR, END_YEAR);
    static final List<String> SINGLE_INFO =
            List.of(TITLE, ISSUER, OWNER, STATUS, START_YEAR, END_YEAR, ISSUED_ON, SUMMARY);
    static final List<String> REPEATED_INFO = List.of(BASIS, COVERED_ORGANIZATION, COVERED_REGION);

    // shared headers
    static final String KEY = "目标键";
    static final String PARENT_KEY = "上级目标键";
    static final String GOAL_KEY = "所属目标键";
    static final String NUMBER = "编号";
    static final String ITEM_TITLE = "标题";
    static final String DESCRIPTION = "说明";
    static final String LEADING_UNIT = "牵头单位";
    static final String OTHER_UNITS = "配合单位";
    static final String YEAR = "年度";
    static final String NOTE = "备注";
    static final String AMOUNT = "金额（万元）";
    static final String SOURCE = "资金来源";
    static final String CATEGORY = "支出类别";

    static final List<Column> GOAL_COLUMNS = List.of(
            new Column(KEY, true, 10),
            new Column(PARENT_KEY, false, 10),
            new Column(NUMBER, false, 8),
            new Column(ITEM_TITLE, true, 40),
            new Column(DESCRIPTION, false, 60),
            new Column(LEADING_UNIT, false, 24),
            new Column(OTHER_UNITS, false, 30));

    static final String DUE_DATE = "完成日期";
    static final String PLANNED_COST = "计划投入（万元）";
    static final String SUB_TARGETS = "分项目标";
    static final List<Column> MILESTONE_COLUMNS = List.of(
            new Column(GOAL_KEY, false, 10),
            new Column(ITEM_TITLE, true, 40),
            new Column(DESCRIPTION, false, 60),
            new Column(YEAR, true, 8),
            new Column(DUE_DATE, false, 12),
            new Column(PLANNED_COST, false, 12),
            new Column(SUB_TARGETS, false, 30));

    static final String INDICATOR_KEY = "指标键";
    static final String INDICATOR_CATEGORY = "类别";
    static final String NAME = "指标名称";
    static final String UNIT = "单位";
    static final String DEFINITION = "指标定义";
    static final String DIRECTION = "方向";
    static final String VALUE_KIND = "数值类型";
    static final String LEVEL_SCALE = "等级表";
    static final String BINDING = "约束性指标";
    static final String BASELINE = "基线值";
    static final String BASELINE_YEAR = "基线年份";
    static final String TARGET = "目标（按原文）";
    static final String YEARLY_TARGETS = "年度目标";
    /** Where the target stands in the document ("附件1 主要指标表"). */
    static final String TARGET_SOURCE = "目标出处";
    /** The same target stated elsewhere in the document, differently: "出处：目标" a line. */
    static final String OTHER_STATEMENTS = "原文另一处表述";

    static final String AGGREGATION = "汇总方式";
    static final String WEIGHT_KEY = "权重指标键";
    static final String STRUCTURED_TARGET = "结构化目标（系统填写）";
    static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column(INDICATOR_KEY, false, 8),
            new Column(GOAL_KEY, false, 10),
            new Column(NUMBER, false, 8),
            new Column(INDICATOR_CATEGORY, false, 12),
            new Column(NAME, true, 30),
            new Column(UNIT, false, 8),
            new Column(DEFINITION, false, 30),
            new Column(DIRECTION, false, 12),
            new Column(VALUE_KIND, false, 10),
            new Column(LEVEL_SCALE, false, 18),
            new Column(BINDING, false, 10),
            new Column(BASELINE, false, 10),
            new Column(BASELINE_YEAR, false, 10),
            new Column(TARGET, true, 24),
            new Column(YEARLY_TARGETS, false, 24),
            new Column(LEADING_UNIT, false, 24),
            new Column(OTHER_UNITS, false, 30),
            new Column(AGGREGATION, false, 12),
            new Column(WEIGHT_KEY, false, 10),
            new Column(NOTE, false, 40),
            new Column(STRUCTURED_TARGET, false, 20),
            new Column(TARGET_SOURCE, false, 20),
            new Column(OTHER_STATEMENTS, false, 30));

    static final String NOT_STATED = "金额未说明";
    static final String RECURRING = "每年";
    static final String APPROXIMATE = "约";
    static final String IN_TOTALS = "计入合计";
    static final List<Column> BUDGET_COLUMNS = List.of(
            new Column(SOURCE, true, 18),
            new Column(CATEGORY, true, 18),
            new Column(YEAR, false, 8),
            new Column(AMOUNT, false, 14),
            new Column(NOT_STATED, false, 10),
            new Column(RECURRING, false, 8),
            new Column(APPROXIMATE, false, 8),
            new Column(IN_TOTALS, false, 10),
            new Column(GOAL_KEY, false, 10),
            new Column(NOTE, false, 40));

    static final String TOTAL_LABEL = "名称";
    static final List<Column> TOTAL_COLUMNS = List.of(
            new Column(TOTAL_LABEL, true, 30),
            new Column(SOURCE, false, 18),
            new Column(CATEGORY, false, 18),
            new Column(YEAR, false, 8),
            new Column(AMOUNT, true, 14));

    static final Map<String, List<Column>> COLUMNS = Map.of(
            INFO, INFO_COLUMNS,
            GOALS, GOAL_COLUMNS,
            MILESTONES, MILESTONE_COLUMNS,
            INDICATORS, INDICATOR_COLUMNS,
            BUDGET, BUDGET_COLUMNS,
            TOTALS, TOTAL_COLUMNS);

    // the Chinese label of every choice, as the drop-down lists offer them
    static final Map<PlanStatus, String> STATUSES = labels(
            PlanStatus.DRAFT, "草稿",
            PlanStatus.DRAFT_FOR_COMMENTS, "征求意见稿",
            PlanStatus.PUBLISHED, "已印发",
            PlanStatus.CLOSED, "已结束");
    static final Map<Direction, String> DIRECTIONS = labels(
            Direction.HIGHER_IS_BETTER, "越高越好",
            Direction.LOWER_IS_BETTER, "越低越好",
            Direction.WITHIN_BAND, "保持在区间内");
    static final Map<ValueKind, String> VALUE_KINDS = labels(
            ValueKind.NUMBER, "数值",
            ValueKind.PERCENTAGE, "百分比",
            ValueKind.LEVEL, "等级",
            ValueKind.YES_NO, "是/否");
    static final Map<Aggregation, String> AGGREGATIONS = aggregations();
    static final Map<Boolean, String> YES_NO = labels(Boolean.TRUE, "是", Boolean.FALSE, "否");

    /** Units, categories and funding sources the drop-downs offer besides those the plan itself uses. */
    static final List<String> COMMON_UNITS = List.of(
            "%",
            "个", "项", "人", "名", "人次", "万人次", "例", "台", "张", "床", "篇", "家", "次", "天", "分钟", "万元", "亿元", "张/千人", "人/千人",
            "级");

    static final List<String> COMMON_CATEGORIES =
            List.of("学科建设", "人才队伍", "科研创新", "医疗服务", "医疗质量", "运营管理", "信息化建设", "基础设施", "公共卫生", "党的建设", "中医药", "医联体建设");
    static final List<String> COMMON_SOURCES = List.of("中央财政", "省财政专项资金", "市财政", "县财政", "医院自筹", "专项债", "社会资本");

    /** Separators of several units in one cell: line breaks (Alt+Enter) or semicolons; "、" can be part of a name. */
    static final String UNIT_SEPARATORS = "\\R|;|；";

    private WorkbookFormat() {}

    /** The choice labelled {@code text} (or named by its constant, e.g. {@code PUBLISHED}), or {@code null}. */
    static <E> E choice(Map<E, String> labels, String text) {
        String wanted = text.strip();
        for (Map.Entry<E, String> entry : labels.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (entry.getValue().equals(wanted) || name.equalsIgnoreCase(wanted)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The labels of the choices, "、"-separated, for messages. */
    static String options(Map<?, String> labels) {
        return String.join("、", labels.values());
    }

    private static <E> Map<E, String> labels(Object... pairs) {
        Map<E, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            E key = (E) pairs[i];
            map.put(key, (String) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<Aggregation, String> aggregations() {
        Map<Aggregation, String> map = new LinkedHashMap<>();
        map.put(Aggregation.SUM, "求和");
        map.put(Aggregation.AVERAGE, "平均值");
        map.put(Aggregation.WEIGHTED_AVERAGE, "加权平均");
        map.put(Aggregation.MINIMUM, "最小值");
        map.put(Aggregation.MAXIMUM, "最大值");
        map.put(Aggregation.COUNT_MEETING, "达标机构数");
        map.put(Aggregation.SHARE_MEETING, "达标机构占比");
        map.put(Aggregation.NONE, "不汇总");
        return java.util.Collections.unmodifiableMap(map);
    }

    /** "2023：≥30%" per line. */
    static String yearly(List<YearlyTarget> targets) {
        return targets.isEmpty()
                ? null
                : targets.stream().map(t -> t.year() + "：" + t.targetText()).collect(Collectors.joining("\n"));
    }

    /** "引进博士：1-2人" per line. */
    static String subTargets(List<SubTarget> parts) {
        return parts.isEmpty()
                ? null
                : parts.stream().map(s -> s.label() + "：" + s.targetText()).collect(Collectors.joining("\n"));
    }

    /** {@code count} rows of {@code blank}, for items a new workbook offers to fill in. */
    static <T> List<T> blanks(int count, T blank) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(blank);
        }
        return list;
    }
}
