package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.SamplePlans.cell;
import static com.hospitalplan.planworkbook.SamplePlans.changed;
import static com.hospitalplan.planworkbook.SamplePlans.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.shared.WorkbookLimits;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The reader on workbooks made by the writer and then spoilt cell by cell. Plain Java, no Spring, no database. */
class PlanWorkbookReaderTest {

    private final PlanWorkbookReader reader = new PlanWorkbookReader(WorkbookLimits.defaults());

    private WorkbookReading read(byte[] workbook) {
        return reader.read(workbook, SamplePlans.rules());
    }

    private static List<Object> where(Problem p) {
        return List.of(p.sheet(), p.row(), p.column(), p.key());
    }

    @Test
    void aWrittenPlanReadsBackAsTheSamePlan() {
        WorkbookReading reading = read(SamplePlans.workbook());

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.importable()).isTrue();
        assertThat(reading.workbook())
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(SamplePlans.plan());
        assertThat(reading.rowsRead()).isEqualTo(11 + 3 + 1 + 4 + 5 + 1);
    }

    @Test
    void aBudgetAmountIsGivenOrSaidToBeNotStatedAndItsChoicesFitTogether() {
        byte[] spoilt = changed(SamplePlans.workbook(), book -> {
            cell(book, "预算", 2, "金额（万元）").setBlank();
            cell(book, "预算", 3, "金额未说明").setCellValue("是");
            cell(book, "预算", 5, "约").setCellValue("是");
            cell(book, "预算", 6, "年度").setCellValue(2024);
            cell(book, "预算", 6, "每年").setCellValue("是");
        });

        WorkbookReading reading = read(spoilt);

        assertThat(reading.errors())
                .extracting(PlanWorkbookReaderTest::where)
                .containsExactly(
                        List.of("预算", 2, "D", "workbook.problem.amountOrNotStated"),
                        List.of("预算", 3, "D", "workbook.problem.amountWithNotStated"),
                        List.of("预算", 5, "G", "workbook.problem.approximateWithoutAmount"),
                        List.of("预算", 6, "C", "workbook.problem.recurringWithYear"));
    }

    @Test
    void aStatedTotalOverALineWithoutAmountIsAWarningNamingTheLine() {
        byte[] changed = changed(SamplePlans.workbook(), book -> {
            cell(book, "预算", 2, "金额（万元）").setBlank();
            cell(book, "预算", 2, "金额未说明").setCellValue("是");
        });

        WorkbookReading reading = read(changed);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("workbook.problem.totalIncomplete");
            assertThat(w.args()).containsExactly("省财政专项资金合计", "省财政专项资金 · 人才建设 · 2024");
        });
    }

    @Test
    void aTargetsSourceAndTheDocumentsOtherStatementsAreReadAndABadLineIsAProblem() {
        byte[] stated = changed(SamplePlans.workbook(), book -> {
            cell(book, "指标", 2, "目标出处").setCellValue("附件 主要指标表");
            cell(book, "指标", 2, "原文另一处表述").setCellValue("正文 三、（二）：31个");
        });
        WorkbookReading reading = read(stated);
        assertThat(reading.errors()).isEmpty();
        PlanWorkbook.Indicator first = reading.workbook().indicators().get(0);
        assertThat(first.targetSource()).isEqualTo("附件 主要指标表");
        assertThat(first.otherStatements())
                .containsExactly(new com.hospitalplan.plan.TargetStatement("正文 三、（二）", "31个"));

        byte[] spoilt = changed(
                SamplePlans.workbook(), book -> cell(book, "指标", 2, "原文另一处表述").setCellValue("31个"));
        assertThat(read(spoilt).errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("workbook.problem.otherStatementLine");
            assertThat(e.row()).isEqualTo(2);
        });
    }

    @Test
    void theBlankTemplateHasEveryHeaderAndReadsAsAnEmptyDraftMissingItsRequiredItems() {
        byte[] template = new PlanWorkbookWriter(WorkbookLimits.defaults())
                .template(new PlanWorkbookWriter.Choices(
                        List.of(SamplePlans.HOSPITAL),
                        List.of("440200 韶关市"),
                        List.of("%"),
                        List.of(),
                        List.of(),
                        List.of(),
                        SamplePlans.levelScales()));

        WorkbookReading reading = read(template);

        assertThat(reading.workbook().info().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reading.workbook().goals()).isEmpty();
        assertThat(reading.errors())
                .extracting(p -> p.args().get(0))
                .containsExactlyInAnyOrder("规划名称", "印发单位", "起始年份", "结束年份");
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void everyBadCellIsAProblemWithItsSheetRowAndColumn() {
        byte[] spoilt = changed(SamplePlans.workbook(), book -> {
            cell(book, "指标", 2, "指标名称").setBlank();
            cell(book, "指标", 3, "方向").setCellValue("越大越好");
            cell(book, "指标", 3, "基线值").setCellValue("约三十");
            cell(book, "指标", 4, "基线年份").setCellValue("二〇二三");
            cell(book, "指标", 5, "牵头单位").setCellValue("不存在的医院");
            cell(book, "指标", 5, "配合单位").setCellValue("信息科");
            cell(book, "目标", 3, "上级目标键").setCellValue("9");
            cell(book, "目标", 4, "目标键").setCellValue("1");
            cell(book, "里程碑", 2, "完成日期").setCellValue(LocalDate.of(2026, 1, 1));
            cell(book, "预算", 2, "金额（万元）").setCellValue(-5);
            cell(book, "预算", 3, "所属目标键").setCellValue("7");
            cell(book, "预算合计", 2, "金额（万元）").setCellValue("12.345");
        });

        WorkbookReading reading = read(spoilt);

        assertThat(reading.importable()).isFalse();
        assertThat(reading.errors())
                .extracting(PlanWorkbookReaderTest::where)
                .containsExactly(
                        List.of("目标", 3, "B", "workbook.problem.parentNotAbove"),
                        List.of("目标", 4, "A", "workbook.problem.duplicateKey"),
                        List.of("里程碑", 2, "E", "workbook.problem.dueDateOutsideYear"),
                        List.of("指标", 2, "E", "workbook.problem.required"),
                        List.of("指标", 3, "H", "workbook.problem.notAChoice"),
                        List.of("指标", 3, "L", "workbook.problem.notNumber"),
                        List.of("指标", 4, "M", "workbook.problem.notYear"),
                        // row 4 of 目标 took key "1", so goal "2" no longer exists
                        List.of("指标", 5, "B", "workbook.problem.unknownGoal"),
                        List.of("指标", 5, "P", "workbook.problem.unknownOrganization"),
                        List.of("指标", 5, "Q", "workbook.problem.ambiguousOrganization"),
                        List.of("预算", 2, "D", "workbook.problem.negative"),
                        List.of("预算", 3, "I", "workbook.problem.unknownGoal"),
                        List.of("预算合计", 2, "E", "workbook.problem.digits"));
        assertThat(reading.errors().get(4).args()).containsExactly("方向", "越大越好", "越高越好、越低越好、保持在区间内");
    }

    @Test
    void yearsOutsideThePlanPeriodAreOnlyWarnings() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            cell(book, "里程碑", 2, "年度").setCellValue(2035);
            cell(book, "里程碑", 2, "完成日期").setBlank();
            cell(book, "指标", 2, "年度目标").setCellValue("2019：≥30%\n2024：≥32%");
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.importable()).isTrue();
        assertThat(reading.warnings())
                .extracting(PlanWorkbookReaderTest::where)
                .contains(
                        List.of("里程碑", 2, "D", "workbook.problem.outsidePeriod"),
                        List.of("指标", 2, "O", "workbook.problem.outsidePeriod"));
        assertThat(reading.workbook().milestones().get(0).definition().dueYear())
                .isEqualTo(2035);
    }

    @Test
    void aFormulaIsNeverCalculatedButRefused() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            cell(book, "预算", 2, "金额（万元）").setCellFormula("500+500");
            cell(book, "目标", 2, "标题").setCellFormula("HYPERLINK(\"http://evil.example\",\"点击\")");
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.errors())
                .extracting(p -> tuple(p.sheet(), p.row(), p.column(), p.key()))
                .contains(
                        tuple("目标", 2, "D", "workbook.problem.formula"),
                        tuple("预算", 2, "D", "workbook.problem.formula"));
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedTextAndReadBackUnchanged() throws Exception {
        byte[] workbook = SamplePlans.workbook();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Cell cell : List.of(
                    cell(book, "目标", 4, "标题"),
                    cell(book, "里程碑", 2, "说明"),
                    cell(book, "指标", 2, "指标定义"),
                    cell(book, "指标", 2, "备注"))) {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as(cell.getStringCellValue())
                        .isTrue();
            }
            assertThat(cell(book, "目标", 2, "标题").getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
        PlanWorkbook read = read(workbook).workbook();
        assertThat(read.goals().get(2).title()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(read.milestones().get(0).definition().description()).isEqualTo("+1 全文");
        assertThat(read.indicators().get(0).definition().definition()).isEqualTo("-2 定义");
        assertThat(read.indicators().get(0).definition().note()).isEqualTo("@SUM(A1) 备注");
    }

    @Test
    void numbersYearsAndDatesMayBeTypedAsText() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            info(book, "起始年份").setCellValue("２０２４年");
            info(book, "印发日期").setCellValue("2024年3月1日");
            cell(book, "预算", 2, "金额（万元）").setCellValue("1,000");
            cell(book, "里程碑", 2, "完成日期").setCellValue("2025/6/30");
            cell(book, "指标", 2, "方向").setCellValue("HIGHER_IS_BETTER");
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.workbook().info().startYear()).isEqualTo(2024);
        assertThat(reading.workbook().info().issuedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(reading.workbook().budgetLines().get(0).planned().amount()).isEqualByComparingTo("1000");
        assertThat(reading.workbook().milestones().get(0).definition().dueDate())
                .isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void anIndicatorNeedsItsWeightOnlyForAWeightedAverageAndTheWeightMustExist() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            cell(book, "指标", 2, "权重指标键").setCellValue("99");
            cell(book, "指标", 3, "权重指标键").setCellValue("1");
            cell(book, "指标", 3, "等级表").setCellValue("电子病历应用水平");
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.errors())
                .extracting(PlanWorkbookReaderTest::where)
                .containsExactly(
                        List.of("指标", 2, "S", "workbook.problem.unknownIndicator"),
                        List.of("指标", 3, "J", "workbook.problem.scaleWithoutLevel"),
                        List.of("指标", 3, "S", "workbook.problem.weightUnused"));
    }

    @Test
    void aPlannerImportsOnlyForTheirOwnOrganisationAndNeverAClosedPlan() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            info(book, "维护单位").setCellValue(SamplePlans.BUREAU);
            info(book, "状态").setCellValue("已结束");
        });

        WorkbookReading reading = reader.read(
                workbook,
                ImportRules.newPlan(SamplePlans.directory(), Set.of(SamplePlans.HOSPITAL), SamplePlans.levelScales()));

        assertThat(reading.errors())
                .extracting(Problem::key)
                .containsExactly("workbook.problem.ownerNotAllowed", "workbook.problem.statusNotAllowed");
    }

    @Test
    void missingSheetsAndColumnsAreNamedAndUnknownColumnsIgnored() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            book.removeSheetAt(book.getSheetIndex("预算合计"));
            cell(book, "指标", 1, "指标名称").setCellValue("名称");
            book.getSheet("目标").getRow(0).createCell(10).setCellValue("我的批注");
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.problems())
                .extracting(p -> tuple(p.sheet(), p.row(), p.column(), p.key(), p.warning()))
                .contains(
                        tuple("目标", 1, "K", "workbook.problem.unknownColumn", true),
                        tuple("指标", 1, "", "workbook.problem.missingColumn", false),
                        tuple("预算合计", 0, "", "workbook.problem.missingSheet", false));
    }

    @Test
    void statedTotalsThatTheLinesDoNotMakeAreWarnings() {
        byte[] workbook = changed(
                SamplePlans.workbook(), book -> cell(book, "预算合计", 2, "金额（万元）").setCellValue(30000));

        WorkbookReading reading = read(workbook);

        assertThat(reading.importable()).isTrue();
        assertThat(reading.warnings())
                .extracting(Problem::key, Problem::args)
                .contains(tuple("workbook.problem.totalMismatch", List.of("省财政专项资金合计", "30000", "1000")));
    }

    @Test
    void columnsMayBeInAnyOrderAndHeadersWithoutTheirStar() {
        byte[] workbook = changed(SamplePlans.workbook(), book -> {
            var header = book.getSheet("预算").getRow(0);
            header.getCell(0).setCellValue("支出类别");
            header.getCell(1).setCellValue("资金来源");
            for (int r = 1; r <= book.getSheet("预算").getLastRowNum(); r++) {
                var row = book.getSheet("预算").getRow(r);
                String source = row.getCell(0).getStringCellValue();
                row.getCell(0).setCellValue(row.getCell(1).getStringCellValue());
                row.getCell(1).setCellValue(source);
            }
        });

        WorkbookReading reading = read(workbook);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.workbook().budgetLines().get(0).source()).isEqualTo("省财政专项资金");
        assertThat(reading.workbook().budgetLines().get(0).category()).isEqualTo("人才建设");
    }
}
