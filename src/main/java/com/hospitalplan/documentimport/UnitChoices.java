package com.hospitalplan.documentimport;

import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.plan.PlanCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The responsible units of a draft's items as matched to the directory ({@link UnitMatcher}) and as the planner chose
 * per unit: the proposal (blank), another existing organisation (its id), the proposed new department ({@code new})
 * or none ({@code drop}). A unit left unmatched is kept by name in the item's note, so that nothing the document says
 * is lost.
 */
final class UnitChoices {

    static final String DROP = "drop";
    static final String NEW = "new";

    /**
     * An item's units for the plan: the organisations, the leading one marked, and the names left unmatched.
     *
     * @param unmatched names that name no organisation (a proposed department marked so), for the item's note
     */
    record Resolved(List<PlanCommands.ImportUnit> units, List<String> unmatched) {}

    private final UnitMatcher matcher;
    private final Map<Long, OrganizationView> byId = new LinkedHashMap<>();
    private final Map<String, String> choices;

    UnitChoices(List<OrganizationView> directory, Long ownerId, Map<String, String> choices) {
        this.matcher = new UnitMatcher(directory, ownerId);
        directory.forEach(o -> byId.put(o.id(), o));
        this.choices = choices;
    }

    /** The units an item names: a goal's or an indicator's, none for other items. */
    static List<DraftUnit> unitsOf(Object item) {
        if (item instanceof DraftGoal g) {
            return g.units();
        }
        return item instanceof DraftIndicator i ? i.units() : List.of();
    }

    static String field(String key, int index) {
        return "org." + key + "." + index;
    }

    /** The units of an item as the review page lists them. */
    List<DraftReview.UnitRow> rows(String key, Object item) {
        List<DraftUnit> units = unitsOf(item);
        List<DraftReview.UnitRow> rows = new ArrayList<>();
        for (int n = 0; n < units.size(); n++) {
            DraftUnit unit = units.get(n);
            UnitMatch match = matcher.match(unit.name());
            String choice = choices.getOrDefault(field(key, n), "");
            Long chosen = organisation(match, choice);
            rows.add(new DraftReview.UnitRow(
                    field(key, n),
                    unit.name(),
                    unit.leading(),
                    match.status(),
                    chosen == null ? null : byId.get(chosen).fullName(),
                    choice,
                    options(match)));
        }
        return rows;
    }

    /** The organisation a unit stands for after the planner's choice, or {@code null}. */
    private Long organisation(UnitMatch match, String choice) {
        if (choice.matches("\\d{1,18}") && byId.containsKey(Long.valueOf(choice))) {
            return Long.valueOf(choice);
        }
        return choice.isEmpty() && match.status() == UnitMatch.Status.MATCHED ? match.organizationId() : null;
    }

    /**
     * What may stand for a unit instead: the candidates of an ambiguous name, the owner institution's departments, and
     * the bureaus and government bodies of the owner's region line (not every body of a province-wide directory).
     */
    private List<DraftReview.Option> options(UnitMatch match) {
        List<DraftReview.Option> options = new ArrayList<>();
        options.add(new DraftReview.Option("", "documentReview.unit.asProposed", true));
        if (match.status() == UnitMatch.Status.NEW_DEPARTMENT) {
            options.add(new DraftReview.Option(NEW, "documentReview.unit.createDepartment", true));
        }
        options.add(new DraftReview.Option(DROP, "documentReview.unit.drop", true));
        List<OrganizationView> offered = new ArrayList<>();
        match.candidates().forEach(id -> offered.add(byId.get(id)));
        offered.addAll(matcher.ownDepartments());
        byId.values().stream()
                .filter(o -> o.regionWide() && matcher.nearOwner(o))
                .forEach(offered::add);
        offered.stream()
                .distinct()
                .forEach(o -> options.add(new DraftReview.Option(String.valueOf(o.id()), o.fullName(), false)));
        return options;
    }

    /**
     * An item's units for the plan. A proposed department the planner accepted is created by {@code create} (it
     * answers its id), or noted as unmatched when {@code create} is {@code null} (the user may not create
     * organisations).
     *
     * @param newDepartmentMark how a proposed department is marked in the note ("（新建部门）")
     */
    Resolved resolve(String key, Object item, Function<String, Long> create, String newDepartmentMark) {
        List<DraftUnit> units = unitsOf(item);
        List<Long> ids = new ArrayList<>();
        Long leading = null;
        boolean leadingNamed = false;
        List<String> unmatched = new ArrayList<>();
        for (int n = 0; n < units.size(); n++) {
            DraftUnit unit = units.get(n);
            String choice = choices.getOrDefault(field(key, n), "");
            if (choice.equals(DROP)) {
                continue;
            }
            UnitMatch match = matcher.match(unit.name());
            Long id = organisation(match, choice);
            if (id == null && choice.equals(NEW) && match.status() == UnitMatch.Status.NEW_DEPARTMENT) {
                if (create != null) {
                    id = create.apply(unit.name());
                } else {
                    unmatched.add(unit.name() + newDepartmentMark);
                    continue;
                }
            }
            if (id == null) {
                unmatched.add(unit.name());
                leadingNamed = leadingNamed || unit.leading();
            } else if (!ids.contains(id)) {
                ids.add(id);
                if (unit.leading()) {
                    leading = id;
                }
            }
        }
        if (leading == null && !ids.isEmpty() && !leadingNamed) {
            leading = ids.get(0);
        }
        List<PlanCommands.ImportUnit> result = new ArrayList<>();
        for (Long id : ids) {
            result.add(new PlanCommands.ImportUnit(id, id.equals(leading)));
        }
        result.sort((a, b) -> Boolean.compare(b.leading(), a.leading()));
        return new Resolved(List.copyOf(result), List.copyOf(unmatched));
    }
}
