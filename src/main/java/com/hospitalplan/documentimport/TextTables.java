package com.hospitalplan.documentimport;

import com.hospitalplan.documentimport.TableColumns.Role;
import com.hospitalplan.targets.ParseResult;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator tables and money tables in text form: rows are lines whose cells are separated by tabs (a Word table and
 * the columns of a PDF page become such lines). A table starts at a header row whose columns {@link TableColumns}
 * recognises; a row with a single filled cell is a category ("一、学科建设"); a responsible unit written once for a
 * group of rows (a merged cell) stands for the rows below it until another is named.
 */
final class TextTables {

    /** A cell of a row: its text without tags, and where that text stands. */
    record Cell(String text, Span span) {}

    private final TargetParser parser;
    private final List<DraftIndicator> indicators = new ArrayList<>();
    private final List<DraftBudgetLine> totals = new ArrayList<>();
    /** The units of the last row that named some: a merged cell names them once for the rows below. */
    private List<DraftUnit> lastUnits = List.of();

    TextTables(TargetParser parser) {
        this.parser = parser;
    }

    void read(List<Line> lines, Outline outline) {
        TableColumns columns = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.isTableRow()) {
                if (!isCategoryRow(line.text())) {
                    columns = null;
                }
                continue;
            }
            List<Cell> cells = cells(line);
            TableColumns header = TableColumns.of(cells.stream().map(Cell::text).toList());
            if (header.isIndicatorTable() || header.isMoneyTable()) {
                columns = header;
                lastUnits = List.of();
            } else if (columns != null && columns.isIndicatorTable()) {
                indicator(columns, cells, line, outline);
            } else if (columns != null) {
                total(columns, cells);
            }
        }
    }

    /**
     * A short line without a sentence end inside a table is a category row whose other cells are empty ("一、学科建设"):
     * in a PDF it has no column gap, so no tab.
     */
    private static boolean isCategoryRow(String text) {
        return text.length() <= 20 && text.indexOf('。') < 0 && text.indexOf('，') < 0;
    }

    List<DraftIndicator> indicators() {
        return indicators;
    }

    List<DraftBudgetLine> totals() {
        return totals;
    }

    private void indicator(TableColumns columns, List<Cell> cells, Line line, Outline outline) {
        Cell name = cell(cells, columns.column(Role.NAME));
        Cell target = cell(cells, columns.column(Role.TARGET));
        if (name == null
                || target == null
                || name.text().isEmpty()
                || target.text().isEmpty()) {
            return;
        }
        Cell unitCell = cell(cells, columns.column(Role.UNIT));
        String unit = unitCell == null || unitCell.text().isEmpty() ? null : unitCell.text();
        Cell baseline = cell(cells, columns.column(Role.BASELINE));
        String targetText = target.text();
        Cell responsible = cell(cells, columns.column(Role.RESPONSIBLE));
        if (responsible != null && !responsible.text().isEmpty()) {
            lastUnits = DraftUnit.merged(
                    UnitPhrases.inCell(responsible.text(), responsible.span().start()));
        }
        ParseResult result = targetText.length() > TargetParser.MAX_LENGTH ? null : parser.parse(targetText, unit);
        indicators.add(new DraftIndicator(
                name.text(),
                unit,
                baseline == null || baseline.text().isEmpty() ? null : baseline.text(),
                targetText,
                null,
                columns.targetYear,
                result != null && result.understood() ? result.target() : null,
                "TABLE",
                outline.chapterOf(line),
                target.span(),
                new Span(line.start(), line.end()),
                columns.column(Role.RESPONSIBLE) >= 0 ? lastUnits : List.of()));
    }

    private void total(TableColumns columns, List<Cell> cells) {
        Cell label = cell(cells, columns.column(Role.NAME));
        Cell amount = cell(cells, columns.column(Role.AMOUNT));
        if (label == null || amount == null) {
            return;
        }
        BigDecimal value = Texts.number(amount.text());
        if (value == null || label.text().isEmpty()) {
            return;
        }
        totals.add(new DraftBudgetLine(label.text(), value, amount.text(), null, false, false, amount.span()));
    }

    private static Cell cell(List<Cell> cells, int column) {
        return column < 0 || column >= cells.size() ? null : cells.get(column);
    }

    /** The row's cells, each trimmed and without tags, with its place in the document. */
    static List<Cell> cells(Line line) {
        List<Cell> cells = new ArrayList<>();
        String text = line.text();
        int from = 0;
        while (from <= text.length()) {
            int tab = text.indexOf('\t', from);
            int to = tab < 0 ? text.length() : tab;
            int start = from;
            int end = to;
            while (start < end && (Line.isBlank(text.charAt(start)) || text.startsWith("<b>", start))) {
                start += text.startsWith("<b>", start) ? 3 : 1;
            }
            while (end > start && (Line.isBlank(text.charAt(end - 1)) || text.startsWith("</b>", end - 4))) {
                end -= text.startsWith("</b>", end - 4) ? 4 : 1;
            }
            String cell = text.substring(start, end).replace("<sup>2</sup>", "²");
            cell = cell.replaceAll("<[^<>]{0,10}>", "");
            cells.add(new Cell(cell, new Span(line.start() + start, line.start() + end)));
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        return cells;
    }
}
