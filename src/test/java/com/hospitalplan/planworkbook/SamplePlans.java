package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.NationalScales;
import com.hospitalplan.targets.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small plan with one of everything, its directory of organisations and regions, and ways to spoil its workbook. */
final class SamplePlans {

    static final String HOSPITAL = "粤北人民医院";
    static final String DEPARTMENT = "粤北人民医院 科研科";
    static final String BUREAU = "韶关市卫生健康局";

    private SamplePlans() {}

    static Directory directory() {
        return Directory.of(
                List.of(
                        new Directory.Organization(1L, HOSPITAL, HOSPITAL),
                        new Directory.Organization(2L, "科研科", DEPARTMENT),
                        new Directory.Organization(3L, BUREAU, BUREAU),
                        new Directory.Organization(4L, "信息科", "医院甲 信息科"),
                        new Directory.Organization(5L, "信息科", "医院乙 信息科")),
                Map.of("440000", "广东省", "440200", "韶关市"));
    }

    /** The national level scales' names by key, as the database has them. */
    static Map<String, String> levelScales() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        NationalScales.CATALOG.all().forEach(scale -> names.put(scale.key(), scale.name()));
        return names;
    }

    static ImportRules rules() {
        return ImportRules.newPlan(directory(), java.util.Set.of(), levelScales());
    }

    static PlanWorkbook plan() {
        PlanWorkbook.Info info = new PlanWorkbook.Info(
                "粤北人民医院专科能力提升方案（2024—2026）",
                "粤北人民医院",
                HOSPITAL,
                PlanStatus.PUBLISHED,
                2024,
                2026,
                LocalDate.of(2024, 3, 1),
                "提升专科能力。",
                List.of(new BasisDocument("关于实施高水平医院建设“登峰计划”的意见", "粤府办〔2018〕20号")),
                List.of(HOSPITAL),
                List.of("440200"));
        List<PlanWorkbook.Goal> goals = List.of(
                new PlanWorkbook.Goal("1", null, "一、", "专科建设", "多行\n说明", HOSPITAL, List.of(DEPARTMENT, BUREAU)),
                new PlanWorkbook.Goal("1.1", "1", "（一）", "外科", null, null, List.of()),
                new PlanWorkbook.Goal(
                        "2", null, "二、", "=HYPERLINK(\"http://evil.example\",\"点击\")", null, null, List.of()));
        List<PlanWorkbook.Milestone> milestones = List.of(new PlanWorkbook.Milestone(
                "1.1",
                new MilestoneDefinition(
                        "2025年6月底前 住院综合大楼建成投用", "+1 全文", 2025, LocalDate.of(2025, 6, 30), new BigDecimal("400.5")),
                List.of(new SubTarget("引进博士", "1-2人"), new SubTarget("引进硕士", "40人"))));
        Target structured = Target.builder(Measure.ACHIEVEMENT, Bound.AT_LEAST)
                .reference("通过国家认证")
                .text("力争通过")
                .build();
        List<PlanWorkbook.Indicator> indicators = List.of(
                indicator(
                        "1",
                        "1.1",
                        "1",
                        "医疗服务",
                        "出院患者手术占比",
                        "%",
                        "-2 定义",
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.PERCENTAGE,
                        null,
                        true,
                        new BigDecimal("30.25"),
                        null,
                        2023,
                        "≥35%",
                        null,
                        List.of(new YearlyTarget(2024, "≥32%"), new YearlyTarget(2025, "≥34%")),
                        HOSPITAL,
                        List.of(DEPARTMENT),
                        Aggregation.WEIGHTED_AVERAGE,
                        "2",
                        "@SUM(A1) 备注",
                        null,
                        List.of()),
                indicator(
                        "2",
                        null,
                        "2",
                        null,
                        "出院人次",
                        "人次",
                        null,
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.NUMBER,
                        null,
                        false,
                        null,
                        null,
                        null,
                        "35",
                        null,
                        List.of(),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                indicator(
                        "3",
                        "1",
                        "3",
                        null,
                        "电子病历应用水平",
                        "级",
                        null,
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.LEVEL,
                        "EMR",
                        false,
                        null,
                        "五级",
                        2023,
                        "七级",
                        null,
                        List.of(),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                indicator(
                        "4",
                        "2",
                        "4",
                        null,
                        "胸痛中心",
                        null,
                        null,
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.YES_NO,
                        null,
                        false,
                        null,
                        null,
                        null,
                        "力争通过",
                        structured,
                        List.of(),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        List.of()));
        List<PlanWorkbook.BudgetLine> lines = List.of(
                new PlanWorkbook.BudgetLine(
                        "省财政专项资金", "人才建设", 2024, BudgetAmount.of(new BigDecimal("1000")), "1", null),
                new PlanWorkbook.BudgetLine(
                        "医院自筹", "设备购置", null, BudgetAmount.of(new BigDecimal("12.5")), null, "整个规划期"),
                new PlanWorkbook.BudgetLine(
                        "医院自筹",
                        "人才经费",
                        null,
                        new BudgetAmount(new BigDecimal("300"), true, true, true),
                        null,
                        "约每年 300 万元"),
                new PlanWorkbook.BudgetLine(
                        "专项债", "学科平台建设", null, new BudgetAmount(null, false, false, true), null, "未写金额"),
                new PlanWorkbook.BudgetLine(
                        "未写明",
                        "建设中心实验室",
                        null,
                        new BudgetAmount(new BigDecimal("3000"), false, false, false),
                        "1",
                        "已含在预算中"));
        List<PlanWorkbook.StatedTotal> totals =
                List.of(new PlanWorkbook.StatedTotal("省财政专项资金合计", "省财政专项资金", null, null, new BigDecimal("1000")));
        return new PlanWorkbook(info, goals, milestones, indicators, lines, totals);
    }

    static byte[] workbook(PlanWorkbook plan) {
        return new PlanWorkbookWriter(WorkbookLimits.defaults())
                .write(
                        plan,
                        new PlanWorkbookWriter.Choices(
                                directory().organizationNames(),
                                directory().regionLabels(),
                                WorkbookFormat.COMMON_UNITS,
                                WorkbookFormat.COMMON_CATEGORIES,
                                WorkbookFormat.COMMON_SOURCES,
                                List.of(),
                                levelScales()),
                        directory());
    }

    static byte[] workbook() {
        return workbook(plan());
    }

    /** The workbook after {@code change} was applied to it with POI. */
    static byte[] changed(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of a sheet's data row (2 is the first, as Excel numbers rows) under a header. */
    static Cell cell(XSSFWorkbook book, String sheetName, int excelRow, String header) {
        Sheet sheet = book.getSheet(sheetName);
        int column = -1;
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().replace("*", "").equals(header)) {
                column = c.getColumnIndex();
            }
        }
        if (column < 0) {
            throw new IllegalArgumentException(header);
        }
        Row row = sheet.getRow(excelRow - 1);
        if (row == null) {
            row = sheet.createRow(excelRow - 1);
        }
        Cell cell = row.getCell(column);
        return cell != null ? cell : row.createCell(column);
    }

    /** The 基本信息 value cell of an item. */
    static Cell info(XSSFWorkbook book, String item) {
        Sheet sheet = book.getSheet(WorkbookFormat.INFO);
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getStringCellValue().replace("*", "").equals(item)) {
                Cell value = row.getCell(1);
                return value != null ? value : row.createCell(1);
            }
        }
        throw new IllegalArgumentException(item);
    }

    /** An indicator row written out column by column, in the order of the 指标 sheet. */
    static PlanWorkbook.Indicator indicator(
            String key,
            String goalKey,
            String number,
            String category,
            String name,
            String unit,
            String definition,
            Direction direction,
            ValueKind valueKind,
            String levelScale,
            boolean binding,
            BigDecimal baselineValue,
            String baselineLevel,
            Integer baselineYear,
            String target,
            Target structuredTarget,
            List<YearlyTarget> yearlyTargets,
            String leadingUnit,
            List<String> otherUnits,
            Aggregation aggregation,
            String weightKey,
            String note,
            String targetSource,
            List<com.hospitalplan.plan.TargetStatement> otherStatements) {
        return new PlanWorkbook.Indicator(
                key,
                goalKey,
                new IndicatorDefinition(
                        number,
                        category,
                        name,
                        unit,
                        definition,
                        direction,
                        valueKind,
                        levelScale,
                        binding,
                        baselineValue,
                        baselineLevel,
                        baselineYear,
                        note,
                        aggregation),
                weightKey,
                target,
                structuredTarget,
                yearlyTargets,
                leadingUnit,
                otherUnits,
                targetSource,
                otherStatements);
    }
}
