package com.hospitalplan.documentimport;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted part of a draft as the command that creates a draft plan in one go. Goals keep the document's tree (a
 * dropped goal's accepted children hang from its nearest accepted ancestor); an indicator, milestone or budget line
 * belongs to the last accepted goal of its section standing before it. Targets go in as the document's text, so the plan
 * reads and stores them as it does every target. Where the document does not say what a plan must have (title,
 * issuer, period, a budget line's source and category), {@link Defaults} fill in, for the planner to correct.
 */
public final class DraftPlanCommand {

    /**
     * What stands where the document says nothing.
     *
     * @param title the plan's title (the file's name)
     * @param unstated the word for "not stated" in the planner's language
     * @param year the current year
     * @param unmatchedUnits the note on responsible units that name no organisation, their names as {@code {0}}
     * @param splitNote the note of a target entered per county or institution ({@link DistributedTargets})
     * @param unsplitNote the note of a target stated for every county or institution that the coverage cannot split
     */
    public record Defaults(
            String title, String unstated, int year, String unmatchedUnits, String splitNote, String unsplitNote) {

        public Defaults(String title, String unstated, int year) {
            this(title, unstated, year, "{0}");
        }

        public Defaults(String title, String unstated, int year, String unmatchedUnits) {
            this(title, unstated, year, unmatchedUnits, "{0}: {2}", "{0}");
        }

        /** These defaults with the notes of distributive targets in the planner's language. */
        Defaults withSplitNotes(String split, String unsplit) {
            return new Defaults(title, unstated, year, unmatchedUnits, split, unsplit);
        }
    }

    private DraftPlanCommand() {}

    public static PlanCommands.ImportPlan of(DraftLayout layout, DraftSelection selection, Defaults defaults) {
        return of(layout, selection, defaults, key -> null, List.of(), java.util.Set.of(), DraftCoverage.NONE);
    }

    /**
     * The command with each item's responsible units as resolved ({@code units} answers {@code null} for an item
     * without) and the plan's basis documents. An indicator whose year or target the planner typed ({@code yearTyped})
     * keeps its year in its target: the target goes in as read, with the year, as the planner's reading; a year the
     * document states goes in with the document's wording ({@link TargetYears}). A target stated for every county or institution
     * is entered once per member of the {@code coverage} ({@link DistributedTargets}), which the plan covers.
     */
    static PlanCommands.ImportPlan of(
            DraftLayout layout,
            DraftSelection selection,
            Defaults defaults,
            java.util.function.Function<String, UnitChoices.Resolved> units,
            List<BasisDocument> basis,
            java.util.Set<String> yearTyped,
            DraftCoverage coverage) {
        List<DraftLayout.Entry> accepted =
                layout.entries().stream().filter(selection::accepts).toList();
        List<DraftLayout.Entry> goals =
                accepted.stream().filter(e -> e.kind().equals("GOAL")).toList();
        java.util.Set<String> goalKeys = new java.util.HashSet<>();
        List<PlanCommands.ImportGoal> importGoals = new ArrayList<>();
        for (DraftLayout.Entry entry : goals) {
            DraftGoal goal = (DraftGoal) entry.item();
            String parent = layout.parentOf(entry.key());
            while (parent != null && !goalKeys.contains(parent)) {
                parent = layout.parentOf(parent);
            }
            goalKeys.add(entry.key());
            UnitChoices.Resolved resolved = units.apply(entry.key());
            importGoals.add(new PlanCommands.ImportGoal(
                    entry.key(),
                    parent,
                    cut(goal.number(), 16),
                    cut(goal.title(), 500),
                    note(null, resolved, defaults),
                    resolved == null ? List.of() : resolved.units()));
        }
        List<PlanCommands.ImportIndicator> indicators = new ArrayList<>();
        List<PlanCommands.ImportMilestone> milestones = new ArrayList<>();
        List<PlanCommands.ImportBudgetLine> lines = new ArrayList<>();
        List<PlanCommands.ImportStatedTotal> totals = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (DraftLayout.Entry entry : accepted) {
            String goal = goalBefore(entry, goals);
            if (entry.item() instanceof DraftIndicator i) {
                PlanCommands.ImportIndicator one = indicator(
                        entry.key(), goal, i, units.apply(entry.key()), defaults, yearTyped.contains(entry.key()));
                indicators.addAll(
                        i.distribution() == null
                                ? List.of(one)
                                : DistributedTargets.enter(
                                        one,
                                        i.distribution(),
                                        coverage.members().apply(i.distribution()),
                                        defaults.splitNote(),
                                        defaults.unsplitNote()));
                if (i.targetYear() != null) {
                    years.add(i.targetYear());
                }
            } else if (entry.item() instanceof DraftMilestone m) {
                milestones.add(new PlanCommands.ImportMilestone(goal, milestone(m), List.of()));
                years.add(m.year());
            } else if (entry.item() instanceof DraftBudgetLine b && entry.kind().equals("BUDGET_LINE")) {
                lines.add(new PlanCommands.ImportBudgetLine(
                        goal,
                        defaults.unstated(),
                        defaults.unstated(),
                        b.perYear() ? null : b.year(),
                        new BudgetAmount(b.amount(), b.perYear(), b.approximate(), true),
                        cut(b.label(), 500)));
            } else if (entry.item() instanceof DraftBudgetLine b) {
                totals.add(new PlanCommands.ImportStatedTotal(cut(b.label(), 255), null, null, b.year(), b.amount()));
            }
        }
        DraftFacts facts = layout.draft().facts();
        int start = facts.startYear() != null
                ? facts.startYear()
                : years.stream().min(Integer::compare).orElse(defaults.year());
        int end = facts.endYear() != null
                ? facts.endYear()
                : years.stream().max(Integer::compare).orElse(start + 4);
        PlanCommands.SavePlan plan = new PlanCommands.SavePlan(
                cut(facts.title() != null ? facts.title() : defaults.title(), 255),
                cut(facts.issuer() != null ? facts.issuer() : defaults.unstated(), 128),
                start,
                Math.max(start, end),
                null,
                null,
                List.copyOf(basis),
                null,
                coverage.organizationIds(),
                coverage.regionCodes());
        return new PlanCommands.ImportPlan(plan, PlanStatus.DRAFT, importGoals, milestones, indicators, lines, totals);
    }

    /** The last accepted goal of the entry's section that begins at or before it, or {@code null}. */
    private static String goalBefore(DraftLayout.Entry entry, List<DraftLayout.Entry> goals) {
        String found = null;
        for (DraftLayout.Entry goal : goals) {
            if (goal.section() == entry.section()
                    && goal.span().start() <= entry.span().start()) {
                found = goal.key();
            }
        }
        return found;
    }

    /** A note with the names of units left unmatched after {@code text}, or {@code text} when there are none. */
    private static String note(String text, UnitChoices.Resolved resolved, Defaults defaults) {
        if (resolved == null || resolved.unmatched().isEmpty()) {
            return text;
        }
        String names =
                java.text.MessageFormat.format(defaults.unmatchedUnits(), String.join("、", resolved.unmatched()));
        return cut(text == null ? names : text + "；" + names, 500);
    }

    private static PlanCommands.ImportIndicator indicator(
            String key,
            String goal,
            DraftIndicator i,
            UnitChoices.Resolved resolved,
            Defaults defaults,
            boolean yearTyped) {
        Target target = i.target();
        String unit = i.unit() != null ? i.unit() : target != null ? target.unit() : null;
        ValueKind kind = valueKind(target, unit);
        Direction direction = target != null && target.bound() == Bound.AT_MOST
                ? Direction.LOWER_IS_BETTER
                : Direction.HIGHER_IS_BETTER;
        BigDecimal baseline = number(i.baselineText());
        IndicatorDefinition definition = new IndicatorDefinition(
                null,
                null,
                cut(i.name(), 255),
                cut(unit, 32),
                null,
                direction,
                kind,
                null,
                false,
                baseline,
                null,
                null,
                note(baseline == null ? cut(i.baselineText(), 500) : null, resolved, defaults),
                null);
        String written = i.readAs() != null ? i.readAs() : i.targetText();
        // the text alone carries no year ("70%以上"): a year the planner typed goes into the reading itself, one the
        // document states into the wording the parser reads
        TargetYears.Stated stated = TargetYears.stated(written, unit, target, i.targetYear(), yearTyped);
        String text = stated.text();
        Target withYear = stated.reading();
        return new PlanCommands.ImportIndicator(
                key,
                goal,
                definition,
                null,
                text,
                withYear,
                List.of(),
                resolved == null ? List.of() : resolved.units(),
                null,
                List.of());
    }

    private static ValueKind valueKind(Target target, String unit) {
        if (target != null && target.measure() == Measure.ACHIEVEMENT) {
            return ValueKind.YES_NO;
        }
        return "%".equals(unit) ? ValueKind.PERCENTAGE : ValueKind.NUMBER;
    }

    private static MilestoneDefinition milestone(DraftMilestone m) {
        LocalDate due = m.month() == null || m.month() < 1 || m.month() > 12
                ? null
                : YearMonth.of(m.year(), m.month()).atEndOfMonth();
        String title = cut(m.text(), 500);
        return new MilestoneDefinition(title, null, m.year(), due, m.plannedCost());
    }

    /** A plain number ("85.5", "12%") as written, or {@code null}. */
    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip().replace(",", "").replaceAll("[%％]$", "");
        return plain.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(plain) : null;
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** The command with the draft's own description (title, issuer, period, coverage): only its content changes. */
    public static PlanCommands.ImportPlan keepingDescription(PlanCommands.ImportPlan command, PlanDetail plan) {
        PlanCommands.SavePlan description = new PlanCommands.SavePlan(
                plan.title(),
                plan.issuer(),
                plan.startYear(),
                plan.endYear(),
                plan.issuedOn(),
                plan.summary(),
                plan.basisDocuments(),
                plan.ownerOrganizationId(),
                plan.coveredOrganizationIds(),
                plan.coveredRegionCodes());
        return new PlanCommands.ImportPlan(
                description,
                PlanStatus.DRAFT,
                command.goals(),
                command.milestones(),
                command.indicators(),
                command.budgetLines(),
                command.statedTotals());
    }
}
