package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.shared.WorkbookLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
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
                merged(
                        choices.units(),
                        plan.indicators().stream().map(i -> i.definition().unit())),
                merged(
                        choices.categories(),
                        plan.indicators().stream().map(i -> i.definition().category())),
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
        private final StyledSheets sheets;

        Writing(XSSFWorkbook workbook, PlanWorkbook plan, Choices choices, Directory directory) {
            this.workbook = workbook;
            this.plan = plan;
            this.choices = choices;
            this.directory = directory;
            this.sheets = new StyledSheets(workbook, limits.maxRows());
        }

        void write() {
            Instructions.write(workbook.createSheet(README), workbook, limits);
            sheets.writeLists(choices);
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

        private void writeInfo() {
            Sheet sheet = sheets.sheet(INFO, INFO_COLUMNS);
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
                Row row = sheets.row(sheet, r);
                String item = (String) values[0];
                sheets.put(row, 0, REQUIRED_INFO.contains(item) ? "*" + item : item);
                sheets.put(row, 1, values[1]);
                if (values.length > 2) {
                    sheets.put(row, 2, values[2]);
                }
                switch (item) {
                    case STATUS -> sheets.validate(sheet, "L_STATUSES", r, r, 1, true);
                    case OWNER, COVERED_ORGANIZATION -> sheets.validate(sheet, "L_ORGANIZATIONS", r, r, 1, true);
                    case COVERED_REGION -> sheets.validate(sheet, "L_REGIONS", r, r, 1, true);
                    default -> {
                        // free text, a year or a date
                    }
                }
                r++;
            }
        }

        private void writeGoals() {
            Sheet sheet = sheets.sheet(GOALS, GOAL_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Goal goal : plan.goals()) {
                Row row = sheets.row(sheet, r++);
                sheets.put(row, 0, goal.key());
                sheets.put(row, 1, goal.parentKey());
                sheets.put(row, 2, goal.number());
                sheets.put(row, 3, goal.title());
                sheets.put(row, 4, goal.description());
                sheets.put(row, 5, goal.leadingUnit());
                sheets.put(row, 6, String.join("\n", goal.otherUnits()));
            }
            sheets.validate(sheet, "L_ORGANIZATIONS", 1, r + SPARE_ROWS, 5, true);
        }

        private void writeMilestones() {
            Sheet sheet = sheets.sheet(MILESTONES, MILESTONE_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Milestone milestone : plan.milestones()) {
                MilestoneDefinition m = milestone.definition();
                Row row = sheets.row(sheet, r++);
                sheets.put(row, 0, milestone.goalKey());
                sheets.put(row, 1, m.title());
                sheets.put(row, 2, m.description());
                sheets.put(row, 3, m.dueYear());
                sheets.put(row, 4, m.dueDate());
                sheets.put(row, 5, m.plannedCost());
                sheets.put(row, 6, subTargets(milestone.subTargets()));
            }
        }

        private void writeIndicators() {
            Sheet sheet = sheets.sheet(INDICATORS, INDICATOR_COLUMNS);
            int r = 1;
            for (PlanWorkbook.Indicator i : plan.indicators()) {
                IndicatorDefinition d = i.definition();
                Row row = sheets.row(sheet, r++);
                sheets.put(row, 0, i.key());
                sheets.put(row, 1, i.goalKey());
                sheets.put(row, 2, d.number());
                sheets.put(row, 3, d.category());
                sheets.put(row, 4, d.name());
                sheets.put(row, 5, d.unit());
                sheets.put(row, 6, d.definition());
                sheets.put(row, 7, DIRECTIONS.get(d.direction()));
                sheets.put(row, 8, VALUE_KINDS.get(d.valueKind()));
                sheets.put(
                        row,
                        9,
                        d.levelScale() == null ? null : choices.levelScales().get(d.levelScale()));
                sheets.put(row, 10, YES_NO.get(d.binding()));
                sheets.put(row, 11, d.baselineLevel() != null ? d.baselineLevel() : d.baselineValue());
                sheets.put(row, 12, d.baselineYear());
                sheets.put(row, 13, i.target());
                sheets.put(row, 14, yearly(i.yearlyTargets()));
                sheets.put(row, 15, i.leadingUnit());
                sheets.put(row, 16, String.join("\n", i.otherUnits()));
                sheets.put(row, 17, d.aggregation() == null ? null : AGGREGATIONS.get(d.aggregation()));
                sheets.put(row, 18, i.weightKey());
                sheets.put(row, 19, d.note());
                sheets.put(
                        row, 20, i.structuredTarget() == null ? null : StructuredTargets.write(i.structuredTarget()));
                sheets.put(row, 21, i.targetSource());
                sheets.put(
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
            sheets.validate(sheet, "L_CATEGORIES", 1, last, 3, false);
            sheets.validate(sheet, "L_UNITS", 1, last, 5, false);
            sheets.validate(sheet, "L_DIRECTIONS", 1, last, 7, true);
            sheets.validate(sheet, "L_KINDS", 1, last, 8, true);
            sheets.validate(sheet, "L_SCALES", 1, last, 9, true);
            sheets.validate(sheet, "L_YESNO", 1, last, 10, true);
            sheets.validate(sheet, "L_ORGANIZATIONS", 1, last, 15, true);
            sheets.validate(sheet, "L_AGGREGATIONS", 1, last, 17, true);
        }

        private void writeBudget() {
            Sheet sheet = sheets.sheet(BUDGET, BUDGET_COLUMNS);
            int r = 1;
            for (PlanWorkbook.BudgetLine line : plan.budgetLines()) {
                Row row = sheets.row(sheet, r++);
                sheets.put(row, 0, line.source());
                sheets.put(row, 1, line.category());
                sheets.put(row, 2, line.year());
                sheets.put(row, 3, line.planned().amount());
                sheets.put(row, 4, YES_NO.get(!line.planned().stated()));
                sheets.put(row, 5, YES_NO.get(line.planned().recurring()));
                sheets.put(row, 6, YES_NO.get(line.planned().approximate()));
                sheets.put(row, 7, YES_NO.get(line.planned().inTotals()));
                sheets.put(row, 8, line.goalKey());
                sheets.put(row, 9, line.note());
            }
            sheets.validate(sheet, "L_SOURCES", 1, r + SPARE_ROWS, 0, false);
            sheets.validate(sheet, "L_BUDGET_CATEGORIES", 1, r + SPARE_ROWS, 1, false);
            for (int column = 4; column <= 7; column++) {
                sheets.validate(sheet, "L_YESNO", 1, r + SPARE_ROWS, column, true);
            }
        }

        private void writeTotals() {
            Sheet sheet = sheets.sheet(TOTALS, TOTAL_COLUMNS);
            int r = 1;
            for (PlanWorkbook.StatedTotal total : plan.statedTotals()) {
                Row row = sheets.row(sheet, r++);
                sheets.put(row, 0, total.label());
                sheets.put(row, 1, total.source());
                sheets.put(row, 2, total.category());
                sheets.put(row, 3, total.year());
                sheets.put(row, 4, total.amount());
            }
            sheets.validate(sheet, "L_SOURCES", 1, r + SPARE_ROWS, 1, false);
            sheets.validate(sheet, "L_BUDGET_CATEGORIES", 1, r + SPARE_ROWS, 2, false);
        }
    }
}
