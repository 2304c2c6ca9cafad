package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.GoalRow;
import com.hospitalplan.dashboard.DashboardViews.MilestoneCounts;
import com.hospitalplan.dashboard.DashboardViews.MilestoneRow;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.DashboardViews.SubTargetRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.BudgetItem;
import com.hospitalplan.plan.ReportingScope.GoalItem;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.MilestoneItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Rounding;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the plan dashboard; the other dashboards build on the same figures ({@link DashboardPages}). */
@Service
public class DashboardService {

    private final DashboardIndex index;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final TargetService targets;
    private final MessageSource messages;

    DashboardService(
            DashboardIndex index,
            PlanService plans,
            OrganizationService organizations,
            TargetService targets,
            MessageSource messages) {
        this.index = index;
        this.plans = plans;
        this.organizations = organizations;
        this.targets = targets;
        this.messages = messages;
    }

    public PlanDashboard plan(Long planId, SignedInUser user, Basis basis, TargetVariant variant, Locale locale) {
        PlanStandings standings = readable(planId, user);
        return plan(standings, planId, visibleUnits(standings, planId, user), basis, variant, locale);
    }

    /** The plan dashboard over the institutions shown, built once per snapshot. */
    PlanDashboard plan(
            PlanStandings standings, Long planId, Set<Long> shown, Basis basis, TargetVariant variant, Locale locale) {
        return standings.view(
                List.of("plan", shown, basis, variant, locale),
                () -> build(standings, planId, shown, basis, variant, locale));
    }

    private PlanDashboard build(
            PlanStandings standings, Long planId, Set<Long> shown, Basis basis, TargetVariant variant, Locale locale) {
        ReportingScope scope = standings.scope();
        Switches switches = switches(scope, basis, variant);
        List<ScoreRow> scorecard = new ArrayList<>();
        Map<Long, Status> statusOf = new HashMap<>();
        for (IndicatorItem indicator : scope.indicators()) {
            if (indicator.reporters().stream().noneMatch(shown::contains)) {
                continue;
            }
            ScoreRow row = scoreRow(standings, indicator, shown, basis, variant, locale);
            scorecard.add(row);
            statusOf.put(indicator.id(), row.status());
        }
        List<StatusCount> counts = counts(statusOf.values());
        Map<Long, Long> topGoal = topGoals(scope.goals());
        LocalDate today = standings.asOf();
        MilestoneCounts milestones = milestoneCounts(standings, scope.milestones(), shown, basis, today, m -> true);
        MoneyTally money = money(standings, scope.budgetLines(), shown, basis, b -> true);
        List<GoalRow> goals = new ArrayList<>();
        for (GoalItem goal : scope.goals()) {
            if (goal.parentId() != null) {
                continue;
            }
            Predicate<Long> inGoal = goalId -> goalId != null && goal.id().equals(topGoal.get(goalId));
            List<Status> statuses = scope.indicators().stream()
                    .filter(i -> inGoal.test(i.goalId()) && statusOf.containsKey(i.id()))
                    .map(i -> statusOf.get(i.id()))
                    .toList();
            MilestoneCounts goalMilestones =
                    milestoneCounts(standings, scope.milestones(), shown, basis, today, m -> inGoal.test(m.goalId()));
            MoneyTally goalMoney = money(standings, scope.budgetLines(), shown, basis, b -> inGoal.test(b.goalId()));
            if (statuses.isEmpty() && goalMilestones.total() == 0 && !goalMoney.any()) {
                continue;
            }
            goals.add(new GoalRow(
                    goal.id(),
                    goal.number(),
                    goal.title(),
                    counts(statuses),
                    goalMilestones,
                    goalMoney.planned(),
                    goalMoney.spent(),
                    goalMoney.executionPercent()));
        }
        return new PlanDashboard(
                planId,
                scope.planTitle(),
                scope.startYear(),
                scope.endYear(),
                switches,
                shown.size(),
                standings.units().size(),
                counts,
                milestones,
                milestoneRows(standings, scope.milestones(), shown, basis, locale),
                money.planned(),
                money.spent(),
                money.executionPercent(),
                goals,
                scorecard,
                statusChart(counts, locale),
                goalChart(goals, locale),
                budgetChart(goals, locale));
    }

    /**
     * Where a user's dashboards start.
     *
     * @param regionCode the user's region when they act for all of it (bureaus, government bodies), else {@code null}
     * @param regionName its name
     * @param organizationId the user's institution when they act for one, else {@code null}
     */
    public record Start(
            String regionCode,
            String regionName,
            Long organizationId,
            String organizationName,
            List<PlanSummary> plans) {}

    public Start start(SignedInUser user) {
        OrganizationView own = organizationOf(user);
        boolean regionWide = own.regionWide() || user.role() == com.hospitalplan.user.Role.ADMIN;
        boolean department = own.parentId() != null;
        Long institution = own.regionWide() ? null : department ? own.parentId() : own.id();
        String institutionName = institution == null ? null : department ? own.parentName() : own.name();
        return new Start(
                regionWide ? own.regionCode() : null,
                regionWide ? own.regionName() : null,
                institution,
                institutionName,
                plans.visiblePlans(user));
    }

    // Shared with the other dashboards

    PlanStandings readable(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new DashboardNotFoundException(planId);
        }
        return index.standings(planId);
    }

    /** The reporting institutions of a plan whose figures the user may see. */
    Set<Long> visibleUnits(PlanStandings standings, Long planId, SignedInUser user) {
        Viewer viewer = viewer(user);
        boolean planner = plans.mayChange(planId, user);
        RegionTree regions = organizations.regionTree();
        return standings.view(List.of("visible units", viewer, planner, regions), () -> {
            Set<Long> shown = new LinkedHashSet<>();
            standings.units().values().stream()
                    .filter(unit -> viewer.sees(unit, planner, regions))
                    .map(Unit::id)
                    .sorted()
                    .forEach(shown::add);
            return java.util.Collections.unmodifiableSet(shown);
        });
    }

    /** Whether the user may see an institution's figures in a plan. */
    Predicate<Unit> seenBy(Long planId, SignedInUser user, Viewer viewer, RegionTree regions) {
        boolean planner = plans.mayChange(planId, user);
        return unit -> viewer.sees(unit, planner, regions);
    }

    Viewer viewer(SignedInUser user) {
        OrganizationView own = organizationOf(user);
        return new Viewer(new com.hospitalplan.report.ReportAccess.Actor(
                user.role(), own.id(), own.parentId(), own.regionCode(), own.regionWide()));
    }

    private OrganizationView organizationOf(SignedInUser user) {
        return organizations
                .find(user.organizationId())
                .orElseThrow(() -> new IllegalStateException("User without organisation " + user.id()));
    }

    static Switches switches(ReportingScope scope, Basis basis, TargetVariant variant) {
        boolean revised = scope.indicators().stream().anyMatch(i -> i.originalTarget() != null);
        return new Switches(basis, revised ? variant : TargetVariant.ADJUSTED, revised);
    }

    ScoreRow scoreRow(
            PlanStandings standings,
            IndicatorItem indicator,
            Collection<Long> units,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        return scoreRow(standings, indicator, units, basis, variant, List.of(), locale);
    }

    /**
     * @param regionNames the region's name and those above it, for the plan's override for the region; empty for the
     *     whole plan or one institution
     */
    ScoreRow scoreRow(
            PlanStandings standings,
            IndicatorItem indicator,
            Collection<Long> units,
            Basis basis,
            TargetVariant variant,
            List<String> regionNames,
            Locale locale) {
        Figure result = standings.rollup(indicator, units, basis, variant, regionNames);
        Target target = result.verdict().target();
        Evaluation evaluation = result.evaluation();
        List<Measurement> trend = standings.trend(indicator, units, basis, variant);
        return new ScoreRow(
                indicator.id(),
                indicator.number(),
                indicator.name(),
                indicator.unit(),
                baseline(indicator),
                format(result.value(), unitOf(indicator, result), locale),
                result.pending(),
                target != null ? target.text() : indicator.targetText(),
                indicator.originalTarget() == null
                        ? null
                        : indicator.originalTarget().text(),
                percentOf(evaluation.progress()),
                percentOf(evaluation.expectedProgress()),
                evaluation.status(),
                targets.render(evaluation.explanation(), locale),
                sparkline(trend),
                result.reporting(),
                result.total(),
                ruleLabel(result, locale));
    }

    static List<StatusCount> counts(Collection<Status> statuses) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }

    String format(Measurement value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value.level() != null) {
            return value.level();
        }
        if (value.yes() != null) {
            return message(value.yes() ? "dashboard.yes" : "dashboard.no", locale);
        }
        if (value.number() == null) {
            return "";
        }
        return Rounding.display(value.number(), unit) + (unit == null ? "" : unit);
    }

    String renderExplanation(Evaluation evaluation, Locale locale) {
        return targets.render(evaluation.explanation(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static Integer percentOf(BigDecimal share) {
        return share == null
                ? null
                : share.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    static Integer percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0
                ? null
                : part.multiply(BigDecimal.valueOf(100))
                        .divide(whole, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    /** A share of institutions is in percent, a count of institutions has no unit. */
    private static String unitOf(IndicatorItem indicator, Figure result) {
        Aggregation rule = result.verdict().rule();
        if (rule == null) {
            return indicator.unit();
        }
        return switch (rule) {
            case SHARE_MEETING -> "%";
            case COUNT_MEETING, NONE -> "";
            default -> indicator.unit();
        };
    }

    /** How the figure was rolled up (合计, 平均, 达标占比…), {@code null} for one institution's own value. */
    private String ruleLabel(Figure result, Locale locale) {
        Aggregation rule = result.verdict().rule();
        return rule == null ? null : message("judgement.rule." + rule, locale);
    }

    private static String baseline(IndicatorItem indicator) {
        if (indicator.baselineLevel() != null) {
            return indicator.baselineLevel();
        }
        if (indicator.baselineValue() == null) {
            return "";
        }
        return indicator.baselineValue().stripTrailingZeros().toPlainString()
                + (indicator.unit() == null ? "" : indicator.unit());
    }

    private static String sparkline(List<Measurement> trend) {
        List<BigDecimal> numbers = trend.stream()
                .map(Measurement::number)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (numbers.size() < 2) {
            return null;
        }
        Map<String, Object> spec = Charts.spec(
                "line", trend.stream().map(m -> String.valueOf(m.year())).toList());
        spec.put("sparkline", true);
        Charts.series(spec, "", trend.stream().map(Measurement::number).toList(), Charts.PLANNED);
        return Charts.json(spec);
    }

    /** Each goal's top-level ancestor. */
    private static Map<Long, Long> topGoals(List<GoalItem> goals) {
        Map<Long, Long> parents = new HashMap<>();
        goals.forEach(g -> parents.put(g.id(), g.parentId()));
        Map<Long, Long> top = new HashMap<>();
        for (GoalItem goal : goals) {
            Long current = goal.id();
            while (parents.get(current) != null) {
                current = parents.get(current);
            }
            top.put(goal.id(), current);
        }
        return top;
    }

    /**
     * A milestone is done when every institution shown that reports it says so; otherwise overdue after its due date,
     * due in its year, and later before.
     */
    static MilestoneCounts milestoneCounts(
            PlanStandings standings,
            List<MilestoneItem> milestones,
            Set<Long> shown,
            Basis basis,
            LocalDate today,
            Predicate<MilestoneItem> which) {
        int done = 0;
        int due = 0;
        int overdue = 0;
        int later = 0;
        int subTargets = 0;
        int subTargetsMet = 0;
        for (MilestoneItem milestone : milestones) {
            List<Long> reporters =
                    milestone.reporters().stream().filter(shown::contains).toList();
            if (reporters.isEmpty() || !which.test(milestone)) {
                continue;
            }
            boolean allDone = reporters.stream().allMatch(id -> {
                MilestoneObservation latest = standings.milestone(milestone.id(), id, basis);
                return latest != null && latest.status() == MilestoneProgress.DONE;
            });
            LocalDate dueOn =
                    milestone.dueDate() != null ? milestone.dueDate() : LocalDate.of(milestone.dueYear(), 12, 31);
            for (SubTargetItem subTarget : milestone.subTargets()) {
                subTargets++;
                if (standings.subTarget(subTarget, reporters, basis).achieved()) {
                    subTargetsMet++;
                }
            }
            if (allDone) {
                done++;
            } else if (today.isAfter(dueOn)) {
                overdue++;
            } else if (today.getYear() == dueOn.getYear()) {
                due++;
            } else {
                later++;
            }
        }
        return new MilestoneCounts(done, due, overdue, later, subTargets, subTargetsMet);
    }

    /** The milestones with sub-targets whose reporters are shown, each sub-target with its latest value and status. */
    private List<MilestoneRow> milestoneRows(
            PlanStandings standings, List<MilestoneItem> milestones, Set<Long> shown, Basis basis, Locale locale) {
        List<MilestoneRow> rows = new ArrayList<>();
        for (MilestoneItem milestone : milestones) {
            List<Long> reporters =
                    milestone.reporters().stream().filter(shown::contains).toList();
            if (reporters.isEmpty() || milestone.subTargets().isEmpty()) {
                continue;
            }
            List<SubTargetRow> subTargets = milestone.subTargets().stream()
                    .map(subTarget -> {
                        Verdict verdict = standings.subTarget(subTarget, reporters, basis);
                        Target target = subTarget.target();
                        return new SubTargetRow(
                                subTarget.label(),
                                subTarget.targetText(),
                                format(verdict.value(), target == null ? null : target.unit(), locale),
                                verdict.status(),
                                targets.render(verdict.evaluation().explanation(), locale));
                    })
                    .toList();
            rows.add(new MilestoneRow(milestone.id(), milestone.title(), milestone.dueYear(), subTargets));
        }
        return rows;
    }

    /** Planned and spent money of the lines chosen whose reporters are shown. */
    static MoneyTally money(
            PlanStandings standings,
            List<BudgetItem> lines,
            Set<Long> shown,
            Basis basis,
            Predicate<BudgetItem> which) {
        MoneyTally tally = MoneyTally.NONE;
        for (BudgetItem line : lines) {
            if (!which.test(line) || line.reporters().stream().noneMatch(shown::contains)) {
                continue;
            }
            tally = tally.plan(line.planned());
            for (Long id : line.reporters()) {
                if (shown.contains(id)) {
                    tally = tally.spend(
                            standings.spent(line.id(), id, basis), line.amount().stated());
                }
            }
        }
        return tally;
    }

    private String statusChart(List<StatusCount> counts, Locale locale) {
        List<StatusCount> present = counts.stream().filter(c -> c.count() > 0).toList();
        Map<String, Object> spec = Charts.spec(
                "donut",
                present.stream()
                        .map(c -> message("dashboard.status." + c.status(), locale))
                        .toList());
        Map<String, Object> series = Charts.series(
                spec,
                message("dashboard.indicators", locale),
                present.stream().map(StatusCount::count).toList(),
                null);
        series.put(
                "colors",
                present.stream().map(c -> Charts.STATUS_COLORS.get(c.status())).toList());
        return Charts.json(spec);
    }

    private String goalChart(List<GoalRow> goals, Locale locale) {
        Map<String, Object> spec =
                Charts.spec("bar", goals.stream().map(g -> shortTitle(g)).toList());
        spec.put("stacked", true);
        spec.put("horizontal", true);
        for (Status status : Status.values()) {
            Charts.series(
                    spec,
                    message("dashboard.status." + status, locale),
                    goals.stream()
                            .map(g -> g.counts().get(status.ordinal()).count())
                            .toList(),
                    Charts.STATUS_COLORS.get(status));
        }
        return Charts.json(spec);
    }

    private String budgetChart(List<GoalRow> goals, Locale locale) {
        List<GoalRow> withMoney = goals.stream()
                .filter(g -> g.planned().amount().signum() > 0 || g.spent().signum() > 0)
                .toList();
        Map<String, Object> spec = Charts.spec(
                "bar", withMoney.stream().map(DashboardService::shortTitle).toList());
        spec.put("unit", message("dashboard.tenThousandYuan", locale));
        Charts.series(
                spec,
                message("dashboard.budget.planned", locale),
                withMoney.stream().map(g -> g.planned().amount()).toList(),
                Charts.PLANNED);
        Charts.series(
                spec,
                message("dashboard.budget.spent", locale),
                withMoney.stream().map(GoalRow::spent).toList(),
                Charts.SPENT);
        return Charts.json(spec);
    }

    private static String shortTitle(GoalRow goal) {
        return (goal.number() == null ? "" : goal.number()) + goal.title();
    }
}
