package com.hospitalplan.documentimport;

import java.util.Arrays;
import java.util.List;

/**
 * What each column of a text table holds, recognised by its header whatever the order: 指标名称/规划指标, 单位,
 * 现状/基线 or the earlier of two 20xx年 columns, 目标 or the later 20xx年 column, 属性, 责任科室/职责部门; or, for a money
 * table, 项目 and 金额/万元.
 */
final class TableColumns {

    enum Role {
        NUMBER,
        NAME,
        UNIT,
        BASELINE,
        TARGET,
        BINDING,
        RESPONSIBLE,
        AMOUNT,
        OTHER
    }

    final Role[] roles;
    final Integer targetYear;

    private TableColumns(Role[] roles, Integer targetYear) {
        this.roles = roles;
        this.targetYear = targetYear;
    }

    /** The columns of a header row, by its cells' texts. */
    static TableColumns of(List<String> headers) {
        Role[] roles = new Role[headers.size()];
        Arrays.fill(roles, Role.OTHER);
        int[] years = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            String h = compact(headers.get(i));
            years[i] = Texts.yearIn(h);
            roles[i] = role(h, years[i]);
        }
        Integer targetYear = null;
        boolean hasBaseline = indexOf(roles, Role.BASELINE) >= 0;
        boolean hasTarget = indexOf(roles, Role.TARGET) >= 0;
        int firstYear = -1;
        int lastYear = -1;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.OTHER && years[i] > 0) {
                firstYear = firstYear < 0 || years[i] < years[firstYear] ? i : firstYear;
                lastYear = lastYear < 0 || years[i] > years[lastYear] ? i : lastYear;
            }
        }
        if (!hasTarget && lastYear >= 0) {
            roles[lastYear] = Role.TARGET;
            if (firstYear == lastYear) {
                firstYear = -1;
            }
        }
        if (!hasBaseline && firstYear >= 0 && roles[firstYear] == Role.OTHER) {
            roles[firstYear] = Role.BASELINE;
        }
        int target = indexOf(roles, Role.TARGET);
        if (target >= 0 && years[target] > 0) {
            targetYear = years[target];
        }
        return new TableColumns(roles, targetYear);
    }

    private static Role role(String h, int year) {
        if (h.isEmpty()) {
            return Role.OTHER;
        }
        if (h.contains("序号") || h.equals("编号")) {
            return Role.NUMBER;
        }
        if (h.contains("科室") || h.contains("部门") || h.contains("责任单位") || h.contains("牵头单位")) {
            return Role.RESPONSIBLE;
        }
        if (h.contains("属性") || h.equals("性质")) {
            return Role.BINDING;
        }
        if (h.contains("目标")) {
            return Role.TARGET;
        }
        if (h.contains("现状") || h.contains("基线") || h.contains("基期") || h.contains("基数") || h.contains("现值")) {
            return Role.BASELINE;
        }
        if (h.contains("指标") || h.equals("名称") || h.equals("指标名称")) {
            return Role.NAME;
        }
        if (h.contains("单位") && !h.contains("万元")) {
            return Role.UNIT;
        }
        if (h.contains("金额") || h.contains("预算") || h.contains("万元") || h.contains("投资")) {
            return Role.AMOUNT;
        }
        if (h.equals("项目") || h.contains("资金来源") || h.contains("科目") || h.contains("内容")) {
            return Role.NAME;
        }
        return Role.OTHER;
    }

    boolean isIndicatorTable() {
        return has(Role.NAME) && has(Role.TARGET);
    }

    boolean isMoneyTable() {
        return has(Role.NAME) && has(Role.AMOUNT) && !has(Role.TARGET);
    }

    boolean has(Role role) {
        return indexOf(roles, role) >= 0;
    }

    int column(Role role) {
        return indexOf(roles, role);
    }

    private static int indexOf(Role[] roles, Role role) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    /** Header text without blanks, tags or quotation marks ("“十四五” 规划目标" is 十四五规划目标). */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inTag = false;
        for (char c : text.toCharArray()) {
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && !Line.isBlank(c) && "“”\"'‘’".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
