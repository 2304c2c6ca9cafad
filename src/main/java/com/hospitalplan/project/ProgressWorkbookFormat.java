package com.hospitalplan.project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project progress workbook as units fill it in offline: one Chinese format whatever the page's language, so that a
 * workbook passed around reads the same to everyone. Rows are tied to projects by the id in column A; the guide sheet
 * names the reporting period the workbook was written for.
 */
final class ProgressWorkbookFormat {

    static final String GUIDE = "说明";
    static final String SHEET = "项目进度";
    static final String STAGES = "阶段";

    static final String PERIOD_MARK = "周期编号（勿改）";

    static final String ID = "编号（勿改）";
    static final String NAME = "项目名称";
    static final String KIND = "建设性质";
    static final String INSTITUTION = "建设单位";
    static final String PLANNED = "计划总投资（万元）";
    static final String INVESTMENT = "本期完成投资（万元）";
    static final String FUNDS = "本期到位资金（万元）";
    static final String PERCENT = "形象进度（%）";
    static final String STAGE = "当前阶段";
    static final String PROBLEMS = "存在问题";

    /** The input columns by header, each with the report form's field ({@link ProgressInput#FIELDS}). */
    static final Map<String, String> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put(INVESTMENT, "investment");
        INPUTS.put(FUNDS, "funds");
        INPUTS.put(PERCENT, "percent");
        INPUTS.put(STAGE, "stage");
        INPUTS.put(PROBLEMS, "problems");
    }

    static final String[] HEADERS = {ID, NAME, KIND, INSTITUTION, PLANNED, INVESTMENT, FUNDS, PERCENT, STAGE, PROBLEMS};

    static final Map<ProjectKind, String> KINDS = Map.of(
            ProjectKind.NEW_BUILD, "新建",
            ProjectKind.RELOCATION, "迁建",
            ProjectKind.EXPANSION, "改扩建",
            ProjectKind.RENOVATION, "装修改造",
            ProjectKind.EQUIPMENT, "设备购置");

    private ProgressWorkbookFormat() {}
}
