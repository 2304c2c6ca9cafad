package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads 基本信息: one item per row (项目, 内容, 补充); 依据文件, 覆盖机构 and 覆盖区域 may repeat. */
final class InfoSheet {

    private final ImportRules rules;
    private final Map<String, Integer> seen = new HashMap<>();
    private String title;
    private String issuer;
    private String owner;
    private PlanStatus status;
    private Integer startYear;
    private Integer endYear;
    private LocalDate issuedOn;
    private String summary;
    private final List<BasisDocument> basis = new ArrayList<>();
    private final Set<String> organizations = new LinkedHashSet<>();
    private final Set<String> regions = new LinkedHashSet<>();

    private InfoSheet(ImportRules rules) {
        this.rules = rules;
    }

    /** The sheet's plan description; missing or wrong items are problems, read as {@code null}. */
    static PlanWorkbook.Info read(List<RowCells> rows, ImportRules rules, Problems problems) {
        InfoSheet info = new InfoSheet(rules);
        if (!problems.missingSheet(INFO)) {
            for (RowCells row : rows) {
                info.read(row);
            }
            for (String item : REQUIRED_INFO) {
                if (!info.seen.containsKey(item)) {
                    problems.error(INFO, 0, "", "workbook.problem.missingItem", item);
                }
            }
        }
        return new PlanWorkbook.Info(
                info.title,
                info.issuer,
                info.owner,
                info.status,
                info.startYear,
                info.endYear,
                info.issuedOn,
                info.summary,
                info.basis,
                List.copyOf(info.organizations),
                List.copyOf(info.regions));
    }

    private void read(RowCells cells) {
        String item = cells.text(INFO_ITEM, 50);
        RowCells row = cells;
        if (item == null) {
            if (!row.isEmpty(INFO_VALUE)) {
                row.error(INFO_ITEM, "workbook.problem.itemMissing");
            }
            return;
        }
        item = item.replaceFirst("^[*＊]\\s*", "");
        if (SINGLE_INFO.contains(item)) {
            Integer first = seen.putIfAbsent(item, row.number());
            if (first != null) {
                row.error(INFO_ITEM, "workbook.problem.itemRepeated", item, first);
                return;
            }
        } else if (!REPEATED_INFO.contains(item)) {
            row.error(
                    INFO_ITEM,
                    "workbook.problem.unknownItem",
                    item,
                    String.join("、", SINGLE_INFO) + "、" + String.join("、", REPEATED_INFO));
            return;
        }
        row = cells.named(item);
        boolean required = REQUIRED_INFO.contains(item);
        if (required && row.isEmpty(INFO_VALUE)) {
            row.error(INFO_VALUE, "workbook.problem.required", item);
            return;
        }
        switch (item) {
            case TITLE -> title = row.text(INFO_VALUE, 255);
            case ISSUER -> issuer = row.text(INFO_VALUE, 128);
            case OWNER -> owner = owner(row);
            case STATUS -> status = status(row);
            case START_YEAR -> startYear = row.year(INFO_VALUE, required);
            case END_YEAR -> {
                endYear = row.year(INFO_VALUE, required);
                if (startYear != null && endYear != null && endYear < startYear) {
                    row.error(INFO_VALUE, "workbook.problem.endBeforeStart", endYear, startYear);
                }
            }
            case ISSUED_ON -> issuedOn = row.date(INFO_VALUE);
            case SUMMARY -> summary = row.text(INFO_VALUE, 4000);
            case BASIS -> {
                String document = row.text(INFO_VALUE, 255);
                String number = row.text(INFO_EXTRA, 64);
                if (document != null) {
                    basis.add(new BasisDocument(document, number));
                } else if (number != null) {
                    row.error(INFO_VALUE, "workbook.problem.required", INFO_VALUE);
                }
            }
            case COVERED_ORGANIZATION -> {
                String name = Organizations.one(row, INFO_VALUE, rules.directory());
                if (name != null && !organizations.add(name)) {
                    row.error(INFO_VALUE, "workbook.problem.duplicateCoverage", name);
                }
            }
            case COVERED_REGION -> {
                String text = row.text(INFO_VALUE, 100);
                if (text != null) {
                    String code = rules.directory().region(text);
                    if (code == null) {
                        row.error(INFO_VALUE, "workbook.problem.unknownRegion", text);
                    } else if (!regions.add(code)) {
                        row.error(INFO_VALUE, "workbook.problem.duplicateCoverage", text);
                    }
                }
            }
            default -> throw new IllegalStateException(item);
        }
    }

    private String owner(RowCells row) {
        String name = Organizations.one(row, INFO_VALUE, rules.directory());
        if (name != null && !rules.owners().isEmpty() && !rules.owners().contains(name)) {
            row.error(INFO_VALUE, "workbook.problem.ownerNotAllowed", name, String.join("、", rules.owners()));
            return null;
        }
        return name;
    }

    private PlanStatus status(RowCells row) {
        PlanStatus chosen = row.choice(INFO_VALUE, STATUSES, null);
        if (chosen != null && !rules.statuses().contains(chosen)) {
            row.error(
                    INFO_VALUE,
                    "workbook.problem.statusNotAllowed",
                    STATUSES.get(chosen),
                    STATUSES.entrySet().stream()
                            .filter(e -> rules.statuses().contains(e.getKey()))
                            .map(Map.Entry::getValue)
                            .collect(Collectors.joining("、")));
            return null;
        }
        return chosen;
    }
}
