package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.shared.ExcelTables;
import com.hospitalplan.shared.WorkbookLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan (or, for the blank template, nothing but the instructions) in the plan workbook format: bold frozen
 * Chinese headers, text columns formatted as text, drop-down lists fed by a hidden sheet. Text that a spreadsheet
 * would take for a formula is written as quoted text, so no exported file can run a formula.
 */
public final class PlanWorkbookWriter {

    /**
     * What the drop-down lists offer besides the fixed choices.
     *
     * @param organizations full names of every organisation
     * @param regions every region as "code name"
     * @param levelScales the registered level scales' names by key, in the order offered
     */
    public record Choices(
            List<String> organizations,
            List<String> regions,
            List<String> units,
            List<String> categories,
            List<String> sources,
            List<String> budgetCategories,
            Map<String, String> levelScales) {}

    /** Rows below the data that still get drop-down lists, for officers who add rows. */
    private static final int SPARE_ROWS = 1000;

    private final WorkbookLimits limits;

    public PlanWorkbookWriter(WorkbookLimits limits) {
        this.limits = limits;
    }

    /** A workbook with nothing but the instructions, the lists and a draft's 基本信息 items to fill in. */
    public byte[] template(Choices choices) {
        PlanWorkbook.Info info = new PlanWorkbook.Info(
                null, null, null, PlanStatus.DRAFT, null, null, null, null, List.of(), List.of(), List.of());
        return write(new PlanWorkbook(info, List.of(), List.of(), List.of(), List.of(), List.of()), choices, null);
    }

    /** The plan's workbook; {@code directory} gives regions their names. */
    public byte[] write(PlanWorkbook plan, Choices choices, Directory directory) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writing(workbook, plan, withPlanValues(choices, plan), directory).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's own units, categories and sources are offered too. */
    private static Choices withPlanValues(Choices choices, PlanWorkbook plan) {
        return new Choices(
                choices.organizations(),
                choices.regions(),
                merged(choices.units(), plan.indicators().stream().map(PlanWorkbook.Indicator::unit)),
                merged(choices.categories(), plan.indicators().stream().map(PlanWorkbook.Indicator::category)),
                merged(choices.sources(), plan.budgetLines().stream().map(PlanWorkbook.BudgetLine::source)),
                merged(choices.budgetCategories(), plan.budgetLines().stream().map(PlanWorkbook.BudgetLine::category)),
                choices.levelScales());
    }

    private static List<String> merged(List<String> common, java.util.stream.Stream<String> own) {
        LinkedHashSet<String> all = new LinkedHashSet<>(common);
        own.filter(v -> v != null && !v.isBlank()).forEach(all::add);
        return List.copyOf(all);
    }

    /** One workbook being written. */
    private final class Writing {

        private final XSSFWorkbook workbook;
        private final PlanWorkbook plan;
        private final Choices choices;
        private final Directory directory;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle quoted;
        private final CellStyle date;
        private final CellStyle general;

        Writing(XSSFWorkbook workbook, PlanWorkbook plan, Choices choices, Directory directory) {
            this.workbook = workbook;
            this.plan = plan;
            this.choices = choices;
            this.directory = directory;
            short textFormat = workbook.createDataFormat().getFormat("@");
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            general = workbook.createCellStyle();
            general.setVerticalAlignment(VerticalAlignment.TOP);
        }

        void write() {
            Instructions.write(workbook.createSheet(README), workbook, limits);
            writeLists();
            writeInfo();
            writeGoals();
            writeMilestones();
            writeIndicators();
            writeBudget();
            writeTotals();
            workbook.setSheetOrder(LISTS, workbook.getNumberOfSheets() - 1);
            workbook.setSheetVisibility(workbook.getSheetIndex(LISTS), SheetVisibility.HIDDEN);
            workbook.setActiveSheet(workbook.getSheetIndex(INFO));
            workbook.setSelectedTab(workbook.getSheetIndex(INFO));
        }

        private void writeLists() {
            Sheet sheet = workbook.createSheet(LISTS);
            list(sheet, 0, "L_UNITS", "单位", choices.units());
            list(sheet, 1, "L_CATEGORIES", "指标类别", choices.categories());
            list(sheet, 2, "L_DIRECTIONS", DIRECTION, DIRECTIONS.values());
            list(sheet, 3, "L_KINDS", VALUE_KIND, VALUE_KINDS.values());
            list(sheet, 4, "L_SCALES", LEVEL_SCALE, choices.levelScales().values());
            list(sheet, 5, "L_YESNO", "是否", YES_NO.values());
            list(sheet, 6, "L_AGGREGATIONS", AGGREGATION, AGGREGATIONS.values());
            list(
                    sheet,
                    7,
                    "L_STATUSES",
                    STATUS,
                    STATUSES.entrySet().stream()
                            .filter(e -> e.getKey() != PlanStatus.CLOSED)
                            .map(Map.Entry::getValue)
                            .toList());
            list(sheet, 8, "L_ORGANIZATIONS", "机构", choices.organizations());
            list(sheet, 9, "L_REGIONS", "区域", choices.regions());
            list(sheet, 10, "L_SOURCES", SOURCE, choices.sources());
            list(sheet, 11, "L_BUDGET_CATEGORIES", CATEGORY, choices.budgetCategories());
        }

        private void list(Sheet sheet, int column, String name, String title, Collection<String> values) {
            Row first = row(sheet, 0);
            first.createCell(column).setCellValue(title);
            int r = 1;
            for (String value : values) {
                put(row(sheet, r++), column, value);
            }
            if (!values.isEmpty()) {
                Name range = workbook.createName();
                range.setNameName(name);
                String letter = SheetRows.letter(column);
                range.setRefersToFormula("'" + LISTS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
            }
        }

        private void writeInfo() {
            Sheet sheet = sheet(INFO, INFO_COLUMNS);
            PlanWorkbook.Info info = plan.info();
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {TITLE, info.title()});
            rows.add(new Object[] {ISSUER, info.issuer()});
            rows.add(new Object[] {OWNER, info.owner()});
            rows.add(new Object[] {STATUS, info.status() == null ? null : STATUSES.get(info.status())});
            rows.add(new Object[] {START_YEAR, info.startYear()});
            rows.add(new Object[] {END_YEAR, info.endYear()});
            rows.add(new Object[] {ISSUED_ON, info.issuedOn()});
            rows.add(new Object[] {SUMMARY, info.summary()});
            List<BasisDocument> basis =
                    info.basisDocuments().isEmpty() ? blanks(3, new BasisDocument(null, null)) : info.basisDocuments();
            basis.forEach(doc -> rows.add(new Object[] {BASIS, doc.title(), doc.number()}));
            List<String> organizations =
                    info.coveredOrganizations().isEmpty() ? blanks(3, null) : info.coveredOrganizations();
            organizations.forEach(name -> rows.add(new Object[] {COVERED_ORGANIZATION, name}));
            List<String> regions = info.coveredRegions().isEmpty()
                    ? blanks(2, null)
                    : info.coveredRegions().stream()
                            .map(code -> directory == null ? code : directory.regionLabel(code))
                            .toList();
            regions.forEach(region -> rows.add(new Object[] {COVERED_REGION, region}));
            int r = 1;
            for (Object[] values : rows) {
                Row row = row(sheet, r);
                String item = (String) values[0];
                put(row, 0, REQUIRED_INFO.contains(item) ? "*" + item : item);
                put(row, 1, values[1]);
                if (values.length > 2) {
                    put(row, 2, values[2]);
                }
                switch (item) {
                    case STATUS -> validate(sheet, "L_STATUSES", r, r, 1, true);
                    case OWNER, COVERED_ORGANIZATION -> validate(sheet, "L_ORGANIZATIONS", r, r, 1, true);
                    case COVERED_REGION -> validate(sheet, "L_REGIONS", r, r, 1, true);
                    default -> {
                        // free text, a year or a date
                    }
                }
                r++;
            }
        }

        private void writeGoals() {
            Sheet sheet = sheet(GOALS, GOAL_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Goal goal : plan.goals()) {
                Row row = row(sheet, r++);
                put(row, 0, goal.key());
                put(row, 1, goal.parentKey());
                put(row, 2, goal.number());
                put(row, 3, goal.title());
                put(row, 4, goal.description());
                put(row, 5, goal.leadingUnit());
                put(row, 6, String.join("\n", goal.otherUnits()));
            }
            validate(sheet, "L_ORGANIZATIONS", 1, r + SPARE_ROWS, 5, true);
        }

        private void writeMilestones() {
            Sheet sheet = sheet(MILESTONES, MILESTONE_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Milestone m : plan.milestones()) {
                Row row = row(sheet, r++);
                put(row, 0, m.goalKey());
                put(row, 1, m.title());
                put(row, 2, m.description());
                put(row, 3, m.dueYear());
                put(row, 4, m.dueDate());
                put(row, 5, m.plannedCost());
                put(row, 6, subTargets(m.subTargets()));
            }
        }

        private void writeIndicators() {
            Sheet sheet = sheet(INDICATORS, INDICATOR_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Indicator i : plan.indicators()) {
                Row row = row(sheet, r++);
                put(row, 0, i.key());
                put(row, 1, i.goalKey());
                put(row, 2, i.number());
                put(row, 3, i.category());
                put(row, 4, i.name());
                put(row, 5, i.unit());
                put(row, 6, i.definition());
                put(row, 7, DIRECTIONS.get(i.direction()));
                put(row, 8, VALUE_KINDS.get(i.valueKind()));
                put(
                        row,
                        9,
                        i.levelScale() == null ? null : choices.levelScales().get(i.levelScale()));
                put(row, 10, YES_NO.get(i.binding()));
                put(row, 11, i.baselineLevel() != null ? i.baselineLevel() : i.baselineValue());
                put(row, 12, i.baselineYear());
                put(row, 13, i.target());
                put(row, 14, yearly(i.yearlyTargets()));
                put(row, 15, i.leadingUnit());
                put(row, 16, String.join("\n", i.otherUnits()));
                put(row, 17, i.aggregation() == null ? null : AGGREGATIONS.get(i.aggregation()));
                put(row, 18, i.weightKey());
                put(row, 19, i.note());
                put(row, 20, i.structuredTarget() == null ? null : StructuredTargets.write(i.structuredTarget()));
                put(row, 21, i.targetSource());
                put(
                        row,
                        22,
                        i.otherStatements().isEmpty()
                                ? null
                                : String.join(
                                        "\n",
                                        i.otherStatements().stream()
                                                .map(o -> o.source() + "：" + o.targetText())
                                                .toList()));
            }
            int last = r + SPARE_ROWS;
            validate(sheet, "L_CATEGORIES", 1, last, 3, false);
            validate(sheet, "L_UNITS", 1, last, 5, false);
            validate(sheet, "L_DIRECTIONS", 1, last, 7, true);
            validate(sheet, "L_KINDS", 1, last, 8, true);
            validate(sheet, "L_SCALES", 1, last, 9, true);
            validate(sheet, "L_YESNO", 1, last, 10, true);
            validate(sheet, "L_ORGANIZATIONS", 1, last, 15, true);
            validate(sheet, "L_AGGREGATIONS", 1, last, 17, true);
        }

        private void writeBudget() {
            Sheet sheet = sheet(BUDGET, BUDGET_COLUMNS);
            int r = 1;
            for (PlanWorkbook.BudgetLine line : plan.budgetLines()) {
                Row row = row(sheet, r++);
                put(row, 0, line.source());
                put(row, 1, line.category());
                put(row, 2, line.year());
                put(row, 3, line.planned().amount());
                put(row, 4, YES_NO.get(!line.planned().stated()));
                put(row, 5, YES_NO.get(line.planned().recurring()));
                put(row, 6, YES_NO.get(line.planned().approximate()));
                put(row, 7, YES_NO.get(line.planned().inTotals()));
                put(row, 8, line.goalKey());
                put(row, 9, line.note());
            }
            validate(sheet, "L_SOURCES", 1, r + SPARE_ROWS, 0, false);
            validate(sheet, "L_BUDGET_CATEGORIES", 1, r + SPARE_ROWS, 1, false);
            for (int column = 4; column <= 7; column++) {
                validate(sheet, "L_YESNO", 1, r + SPARE_ROWS, column, true);
            }
        }

        private void writeTotals() {
            Sheet sheet = sheet(TOTALS, TOTAL_COLUMNS);
            int r = 1;
            for (PlanWorkbook.StatedTotal total : plan.statedTotals()) {
                Row row = row(sheet, r++);
                put(row, 0, total.label());
                put(row, 1, total.source());
                put(row, 2, total.category());
                put(row, 3, total.year());
                put(row, 4, total.amount());
            }
            validate(sheet, "L_SOURCES", 1, r + SPARE_ROWS, 1, false);
            validate(sheet, "L_BUDGET_CATEGORIES", 1, r + SPARE_ROWS, 2, false);
        }

        /** A sheet with its bold, frozen header; text columns stay text when typed into. */
        private Sheet sheet(String name, List<WorkbookFormat.Column> columns) {
            Sheet sheet = workbook.createSheet(name);
            Row first = sheet.createRow(0);
            first.setHeightInPoints(30);
            for (int c = 0; c < columns.size(); c++) {
                WorkbookFormat.Column column = columns.get(c);
                Cell cell = first.createCell(c);
                cell.setCellValue(column.title());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(column.width(), 100) * 256);
                if (!numeric(column.header())) {
                    sheet.setDefaultColumnStyle(c, text);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!name.equals(INFO)) {
                sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
            return sheet;
        }

        private boolean numeric(String header) {
            return List.of(YEAR, START_YEAR, END_YEAR, BASELINE_YEAR, AMOUNT, PLANNED_COST, DUE_DATE)
                    .contains(header);
        }

        private void put(Row row, int column, Object value) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(column);
            if (value instanceof BigDecimal number && number.precision() <= 15) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(general);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
                cell.setCellStyle(general);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                String string = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
                if (string.isEmpty()) {
                    return;
                }
                cell.setCellValue(string);
                cell.setCellStyle(ExcelTables.looksLikeFormula(string) ? quoted : text);
            }
        }

        /** A drop-down list on rows {@code from}..{@code to} (0-based) of a column; {@code strict} refuses others. */
        private void validate(Sheet sheet, String list, int from, int to, int column, boolean strict) {
            if (workbook.getName(list) == null) {
                return;
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(list),
                    new CellRangeAddressList(from, Math.min(to, limits.maxRows()), column, column));
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(strict);
            if (strict) {
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("请从列表中选择", "请从下拉列表中选择一项，或留空。");
            }
            sheet.addValidationData(validation);
        }

        private Row row(Sheet sheet, int index) {
            Row row = sheet.getRow(index);
            return row != null ? row : sheet.createRow(index);
        }
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

    private static <T> List<T> blanks(int count, T blank) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(blank);
        }
        return list;
    }
}
