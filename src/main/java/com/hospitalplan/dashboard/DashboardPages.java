package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.Choice;
import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.IndicatorDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionPlan;
import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.dashboard.DashboardViews.TrendRow;
import com.hospitalplan.dashboard.DashboardViews.UnitRow;
import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.targets.Baseline;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The indicator, institution and region dashboards, built on the plan figures of {@link DashboardService}. */
@Service
public class DashboardPages {

    /** Indicators per page of an institution's plan. */
    static final int INSTITUTION_PAGE = 25;

    /** Indicators per page of a region's heat map and figures: a province's plans have hundreds. */
    static final int REGION_PAGE = 15;

    /** Institutions per page of an indicator's table; the trend chart draws those of the page shown. */
    public static final int INDICATOR_PAGE = 8;

    private final DashboardService dashboards;
    private final DashboardIndex index;
    private final DashboardData data;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final LevelScales levelScales;

    DashboardPages(
            DashboardService dashboards,
            DashboardIndex index,
            DashboardData data,
            PlanService plans,
            OrganizationService organizations,
            LevelScales levelScales) {
        this.dashboards = dashboards;
        this.index = index;
        this.data = data;
        this.plans = plans;
        this.organizations = organizations;
        this.levelScales = levelScales;
    }

    /**
     * An indicator's dashboard. The institutions' table shows one page of them ({@link #INDICATOR_PAGE} on the
     * page), and the trend draws those institutions; page 0 means every institution on one page (for the export).
     */
    public IndicatorDashboard indicator(
            Long planId,
            Long indicatorId,
            int page,
            int pageSize,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        PlanStandings standings = dashboards.readable(planId, user);
        Set<Long> shown = dashboards.visibleUnits(standings, planId, user);
        return standings.view(
                List.of("indicator", indicatorId, page, pageSize, shown, basis, variant, locale),
                () -> indicator(standings, planId, indicatorId, page, pageSize, shown, basis, variant, locale));
    }

    private IndicatorDashboard indicator(
            PlanStandings standings,
            Long planId,
            Long indicatorId,
            int page,
            int pageSize,
            Set<Long> shown,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        ReportingScope scope = standings.scope();
        IndicatorItem indicator = scope.indicators().stream()
                .filter(i -> i.id().equals(indicatorId))
                .findFirst()
                .orElseThrow(() -> new DashboardNotFoundException(indicatorId));
        List<Long> units = indicator.reporters().stream()
                .filter(shown::contains)
                .sorted(Comparator.comparing(id -> standings.units().get(id).name()))
                .toList();
        Switches switches = DashboardService.switches(scope, basis, variant);
        ScoreRow summary = dashboards.scoreRow(standings, indicator, units, basis, switches.variant(), locale);
        List<UnitRow> rows = new ArrayList<>();
        for (Long id : units) {
            Unit unit = standings.units().get(id);
            Standing standing = standings.standing(indicator.id(), id, basis, switches.variant());
            Observation latest = standing.latest();
            rows.add(new UnitRow(
                    id,
                    unit.name(),
                    unit.regionName(),
                    latest == null ? "" : dashboards.format(latest.measurement(), indicator.unit(), locale),
                    latest == null ? "" : String.valueOf(latest.periodEnd()),
                    standing.pending(),
                    latest == null ? null : latest.reportId(),
                    DashboardService.percentOf(standing.evaluation().progress()),
                    standing.status(),
                    dashboards.renderExplanation(standing.evaluation(), locale)));
        }
        Paged<UnitRow> unitPage = Paged.of(rows, Math.max(1, page), page < 1 ? Math.max(1, rows.size()) : pageSize);
        List<Long> trendUnits =
                unitPage.rows().stream().map(UnitRow::organizationId).toList();
        Trend trend = trend(standings, indicator, trendUnits, basis, switches.variant(), locale);
        return new IndicatorDashboard(
                planId,
                scope.planTitle(),
                switches,
                summary,
                dashboards.message("indicator.direction." + indicator.direction(), locale),
                rows,
                unitPage,
                trend.chart(),
                trend.series(),
                trend.rows());
    }

    private record Trend(String chart, List<String> series, List<TrendRow> rows) {}

    /**
     * Every period's values per institution, with the target line, the straight line from baseline to target that
     * progress is expected to follow and, after a revision, the original target.
     */
    private Trend trend(
            PlanStandings standings,
            IndicatorItem indicator,
            List<Long> units,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        Set<Long> wanted = Set.copyOf(units);
        List<DashboardData.PeriodValue> values = data.history(indicator.id()).stream()
                .filter(v -> wanted.contains(v.observation().organizationId()))
                .filter(v -> v.observation().counts(basis))
                .toList();
        TreeMap<LocalDate, String> periods = new TreeMap<>();
        values.forEach(v -> periods.put(v.observation().periodEnd(), label(v)));
        List<LocalDate> dates = new ArrayList<>(periods.keySet());
        List<String> categories = new ArrayList<>(periods.values());
        Map<String, Object> spec = Charts.spec("line", categories);
        spec.put("unit", indicator.unit());
        List<String> names = new ArrayList<>();
        List<List<BigDecimal>> columns = new ArrayList<>();
        for (Long id : units) {
            Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
            values.stream()
                    .filter(v -> v.observation().organizationId().equals(id))
                    .forEach(v -> byDate.put(v.observation().periodEnd(), numberOf(indicator, v.observation())));
            if (byDate.isEmpty()) {
                continue;
            }
            List<BigDecimal> column = dates.stream().map(byDate::get).toList();
            String name = standings.units().get(id).name();
            Charts.series(spec, name, column, Charts.SERIES.get(names.size() % Charts.SERIES.size()));
            names.add(name);
            columns.add(column);
        }
        Target target = PlanStandings.target(indicator, variant);
        BigDecimal goal = target == null ? null : target.value();
        if (goal != null && indicator.levelScale() == null && !dates.isEmpty()) {
            List<BigDecimal> line = dates.stream().map(d -> goal).toList();
            addLine(spec, names, columns, dashboards.message("dashboard.trend.target", locale), line, Charts.TARGET);
            List<BigDecimal> expected = dates.stream()
                    .map(d -> expectedAt(indicator, standings.scope(), goal, d))
                    .toList();
            if (expected.stream().anyMatch(Objects::nonNull)) {
                addLine(
                        spec,
                        names,
                        columns,
                        dashboards.message("dashboard.trend.expected", locale),
                        expected,
                        Charts.EXPECTED);
            }
            Target original = indicator.originalTarget();
            if (original != null && original.value() != null && variant == TargetVariant.ADJUSTED) {
                addLine(
                        spec,
                        names,
                        columns,
                        dashboards.message("dashboard.trend.original", locale),
                        dates.stream().map(d -> original.value()).toList(),
                        Charts.ORIGINAL);
            }
        }
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            int at = i;
            rows.add(new TrendRow(
                    categories.get(i),
                    columns.stream()
                            .map(c -> c.get(at) == null
                                    ? ""
                                    : c.get(at).stripTrailingZeros().toPlainString())
                            .toList()));
        }
        return new Trend(Charts.json(spec), names, rows);
    }

    private static void addLine(
            Map<String, Object> spec,
            List<String> names,
            List<List<BigDecimal>> columns,
            String name,
            List<BigDecimal> line,
            String color) {
        Charts.series(spec, name, line, color).put("dashed", true);
        names.add(name);
        columns.add(line);
    }

    /** Where the value should be at a date on the straight line from the baseline to the target at the plan's end. */
    private static BigDecimal expectedAt(IndicatorItem indicator, ReportingScope scope, BigDecimal goal, LocalDate at) {
        Baseline baseline = Judgement.baseline(indicator, scope.startYear());
        if (baseline == null || baseline.number() == null) {
            return null;
        }
        LocalDate from = LocalDate.of(baseline.year(), 12, 31);
        LocalDate to = LocalDate.of(scope.endYear(), 12, 31);
        if (!to.isAfter(from)) {
            return null;
        }
        long total = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        long done = Math.max(0, Math.min(total, java.time.temporal.ChronoUnit.DAYS.between(from, at)));
        BigDecimal share = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return indicator
                .baselineValue()
                .add(goal.subtract(indicator.baselineValue()).multiply(share))
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private BigDecimal numberOf(IndicatorItem indicator, Observation o) {
        if (o.number() != null) {
            return o.number();
        }
        if (o.level() != null && indicator.levelScale() != null) {
            LevelScale scale = levelScales.byKey(indicator.levelScale());
            int rank = scale == null ? -1 : scale.rank(o.level());
            return rank < 0 ? null : BigDecimal.valueOf(rank + 1L);
        }
        if (o.yes() != null) {
            return o.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return null;
    }

    private static String label(DashboardData.PeriodValue v) {
        return switch (v.periodKind()) {
            case "QUARTER" -> v.year() + "Q" + v.part();
            case "HALF_YEAR" -> v.year() + "H" + v.part();
            default -> String.valueOf(v.year());
        };
    }

    /**
     * An institution's dashboard: how it stands in every plan it reports in, and one of those plans' indicators (the
     * chosen one, else the first) a page of {@link #INSTITUTION_PAGE} at a time.
     */
    public InstitutionDashboard institution(
            Long organizationId,
            Long planId,
            int page,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        OrganizationView organization =
                organizations.find(organizationId).orElseThrow(() -> new DashboardNotFoundException(organizationId));
        Unit unit = Unit.of(organization);
        Viewer viewer = dashboards.viewer(user);
        RegionTree regions = organizations.regionTree();
        List<InstitutionPlan> shownPlans = new ArrayList<>();
        boolean revised = false;
        List<PlanSummary> visiblePlans = plans.visiblePlans(user);
        Map<Long, PlanStandings> allStandings =
                index.standings(visiblePlans.stream().map(PlanSummary::id).toList());
        for (PlanSummary plan : visiblePlans) {
            PlanStandings standings = allStandings.get(plan.id());
            if (standings == null
                    || !standings.units().containsKey(organizationId)
                    || !dashboards.seenBy(plan.id(), user, viewer, regions).test(unit)) {
                continue;
            }
            Switches planSwitches = DashboardService.switches(standings.scope(), basis, variant);
            revised |= planSwitches.revised();
            shownPlans.add(standings.view(List.of("institution", organizationId, basis, variant, locale), () -> {
                List<ScoreRow> rows = standings.scope().indicators().stream()
                        .filter(i -> i.reporters().contains(organizationId))
                        .map(i -> dashboards.scoreRow(
                                standings, i, List.of(organizationId), basis, planSwitches.variant(), locale))
                        .toList();
                return new InstitutionPlan(
                        plan.id(),
                        plan.title(),
                        DashboardService.counts(
                                rows.stream().map(ScoreRow::status).toList()),
                        rows);
            }));
        }
        if (shownPlans.isEmpty() && !viewer.sees(unit, false, regions)) {
            throw new DashboardNotFoundException(organizationId);
        }
        InstitutionPlan chosen = shownPlans.stream()
                .filter(p -> p.planId().equals(planId))
                .findFirst()
                .orElse(shownPlans.isEmpty() ? null : shownPlans.get(0));
        return new InstitutionDashboard(
                organizationId,
                organization.fullName(),
                organization.regionName(),
                new Switches(basis, revised ? variant : TargetVariant.ADJUSTED, revised),
                shownPlans,
                chosen,
                Paged.of(chosen == null ? List.of() : chosen.indicators(), page, INSTITUTION_PAGE),
                plansChart(shownPlans, locale));
    }

    /** How the institution's indicators stand, plan by plan. */
    private String plansChart(List<InstitutionPlan> shownPlans, Locale locale) {
        Map<String, Object> spec = Charts.spec(
                "bar", shownPlans.stream().map(InstitutionPlan::title).toList());
        spec.put("stacked", true);
        spec.put("horizontal", true);
        for (Status status : Status.values()) {
            Charts.series(
                    spec,
                    dashboards.message("dashboard.status." + status, locale),
                    shownPlans.stream()
                            .map(p -> p.counts().get(status.ordinal()).count())
                            .toList(),
                    Charts.STATUS_COLORS.get(status));
        }
        spec.put(
                "links",
                shownPlans.stream()
                        .map(p -> "/plans/" + p.planId() + "/dashboard")
                        .toList());
        return Charts.json(spec);
    }

    /** A region the user may open, with the readable plans that have reporting institutions in it. */
    record RegionScope(
            RegionView region,
            List<RegionView> regions,
            RegionTree tree,
            List<Choice> planChoices,
            Map<Long, PlanStandings> candidates) {

        /** The chosen plan if it is one of them, otherwise the first; {@code null} when there is none. */
        Long choose(Long planId) {
            if (candidates.isEmpty()) {
                return null;
            }
            return planId != null && candidates.containsKey(planId)
                    ? planId
                    : candidates.keySet().iterator().next();
        }
    }

    RegionScope regionScope(String code, SignedInUser user) {
        RegionTree tree = organizations.regionTree();
        List<RegionView> regions = organizations.regions();
        RegionView region = regions.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new DashboardNotFoundException(code));
        if (!dashboards.viewer(user).seesRegion(code, tree)) {
            throw new DashboardNotFoundException(code);
        }
        List<Choice> planChoices = new ArrayList<>();
        Map<Long, PlanStandings> candidates = new LinkedHashMap<>();
        List<PlanSummary> visiblePlans = plans.visiblePlans(user);
        Map<Long, PlanStandings> allStandings =
                index.standings(visiblePlans.stream().map(PlanSummary::id).toList());
        for (PlanSummary plan : visiblePlans) {
            PlanStandings standings = allStandings.get(plan.id());
            if (standings == null) {
                continue;
            }
            boolean reportsHere = standings.view(
                    List.of("reports in", code, tree),
                    () -> standings.units().values().stream().anyMatch(u -> tree.isWithin(u.regionCode(), code)));
            if (reportsHere) {
                candidates.put(plan.id(), standings);
                planChoices.add(new Choice(String.valueOf(plan.id()), plan.title()));
            }
        }
        return new RegionScope(region, regions, tree, planChoices, candidates);
    }

    /**
     * A region's dashboard for a plan. The heat map and the region's figures show one page of {@link #REGION_PAGE}
     * indicators; the exports take every indicator from the same view.
     */
    public RegionDashboard region(
            String code,
            Long planId,
            Long rankIndicatorId,
            int page,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        RegionScope scope = regionScope(code, user);
        RegionTree tree = scope.tree();
        List<RegionView> regions = scope.regions();
        RegionView region = scope.region();
        List<Choice> planChoices = scope.planChoices();
        Map<Long, PlanStandings> candidates = scope.candidates();
        List<Choice> breadcrumbs = breadcrumbs(region, regions, user, tree);
        if (candidates.isEmpty()) {
            return new RegionDashboard(
                    code,
                    region.name(),
                    breadcrumbs,
                    new Switches(basis, TargetVariant.ADJUSTED, false),
                    planChoices,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    Paged.of(List.of(), 1, REGION_PAGE),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    false);
        }
        Long chosen = scope.choose(planId);
        PlanStandings standings = candidates.get(chosen);
        Set<Long> visible = dashboards.visibleUnits(standings, chosen, user);
        List<Object> key = List.of(
                "region",
                code,
                chosen,
                String.valueOf(rankIndicatorId),
                page,
                visible,
                basis,
                variant,
                locale,
                planChoices,
                breadcrumbs);
        return standings.view(
                key,
                () -> regionView(
                        region,
                        regions,
                        tree,
                        breadcrumbs,
                        planChoices,
                        chosen,
                        standings,
                        visible,
                        rankIndicatorId,
                        page,
                        basis,
                        variant,
                        locale));
    }

    private RegionDashboard regionView(
            RegionView region,
            List<RegionView> regions,
            RegionTree tree,
            List<Choice> breadcrumbs,
            List<Choice> planChoices,
            Long chosen,
            PlanStandings standings,
            Set<Long> visible,
            Long rankIndicatorId,
            int page,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        String code = region.code();
        ReportingScope scope = standings.scope();
        Switches switches = DashboardService.switches(scope, basis, variant);
        List<Unit> inRegion = standings.units().values().stream()
                .filter(u -> visible.contains(u.id()) && tree.isWithin(u.regionCode(), code))
                .sorted(Comparator.comparing(Unit::name))
                .toList();
        List<String> regionNames = ancestry(region, regions);
        List<IndicatorItem> indicators = scope.indicators().stream()
                .filter(i -> inRegion.stream().anyMatch(u -> i.reporters().contains(u.id())))
                .toList();
        List<Long> regionUnitIds = inRegion.stream().map(Unit::id).toList();
        List<ScoreRow> figures = indicators.stream()
                .map(i -> dashboards.scoreRow(
                        standings, i, regionUnitIds, basis, switches.variant(), regionNames, locale))
                .toList();
        // rows: the sub-regions that hold reporting institutions, or the institutions themselves in a county
        List<Row> rows = new ArrayList<>();
        for (RegionView child : regions) {
            if (code.equals(child.parentCode())) {
                List<Long> members = inRegion.stream()
                        .filter(u -> tree.isWithin(u.regionCode(), child.code()))
                        .map(Unit::id)
                        .toList();
                if (!members.isEmpty()) {
                    rows.add(new Row(child.name(), "/dashboards/regions/" + child.code(), members, child));
                }
            }
        }
        List<Long> placed = rows.stream().flatMap(r -> r.members().stream()).toList();
        for (Unit unit : inRegion) {
            if (!placed.contains(unit.id())) {
                rows.add(new Row(unit.name(), "/dashboards/institutions/" + unit.id(), List.of(unit.id()), null));
            }
        }
        boolean rowsAreInstitutions = rows.stream().allMatch(r -> r.region() == null);
        List<HeatRow> heat = new ArrayList<>();
        for (Row row : rows) {
            List<String> rowNames = row.region() == null ? regionNames : ancestry(row.region(), regions);
            List<Status> cells = new ArrayList<>();
            for (IndicatorItem indicator : indicators) {
                List<Long> members = row.members().stream()
                        .filter(indicator.reporters()::contains)
                        .toList();
                if (members.isEmpty()) {
                    cells.add(null);
                    continue;
                }
                Status status = standings
                        .rollup(indicator, members, basis, switches.variant(), rowNames)
                        .status();
                cells.add(status);
            }
            heat.add(new HeatRow(row.label(), row.link(), cells));
        }
        Paged<ScoreRow> figuresPage = Paged.of(figures, page, REGION_PAGE);
        int from = figuresPage.first() - 1;
        int to = from + figuresPage.rows().size();
        List<HeatRow> heatPage = heat.stream()
                .map(h -> new HeatRow(h.label(), h.link(), h.cells().subList(Math.max(0, from), to)))
                .toList();
        String heatChart =
                heatChart(indicators.subList(Math.max(0, from), to), heatPage, rows, standings, chosen, basis, locale);
        IndicatorItem ranked = indicators.stream()
                .filter(i -> i.id().equals(rankIndicatorId))
                .findFirst()
                .orElse(indicators.isEmpty() ? null : indicators.get(0));
        List<RankRow> ranking = ranked == null
                ? List.of()
                : ranking(standings, ranked, rows, regions, regionNames, basis, switches.variant(), locale);
        return new RegionDashboard(
                code,
                region.name(),
                breadcrumbs,
                switches,
                planChoices,
                chosen,
                scope.planTitle(),
                figures,
                heat,
                figuresPage,
                heatPage,
                heatChart,
                indicators.stream()
                        .map(i -> new Choice(String.valueOf(i.id()), indicatorLabel(i)))
                        .toList(),
                ranked == null ? null : ranked.id(),
                ranked == null ? null : indicatorLabel(ranked),
                ranking,
                rankChart(ranking, ranked, locale),
                rowsAreInstitutions);
    }

    /** A row of a region page: a sub-region or an institution, and the institutions it stands for. */
    private record Row(String label, String link, List<Long> members, RegionView region) {}

    private List<RankRow> ranking(
            PlanStandings standings,
            IndicatorItem indicator,
            List<Row> rows,
            List<RegionView> regions,
            List<String> regionNames,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        record Ranked(Row row, Figure result) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Row row : rows) {
            List<Long> members = row.members().stream()
                    .filter(indicator.reporters()::contains)
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            List<String> names = row.region() == null ? regionNames : ancestry(row.region(), regions);
            ranked.add(new Ranked(row, standings.rollup(indicator, members, basis, variant, names)));
        }
        Comparator<BigDecimal> better = indicator.direction() == Direction.LOWER_IS_BETTER
                ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        Comparator<Ranked> order = Comparator.comparing(
                (Ranked r) -> r.result().value() == null ? null : rankValue(indicator, r.result()),
                Comparator.nullsLast(better));
        List<Ranked> sorted = ranked.stream().sorted(order).toList();
        List<RankRow> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranked r = sorted.get(i);
            result.add(new RankRow(
                    i + 1,
                    r.row().label(),
                    r.row().link(),
                    dashboards.format(r.result().value(), indicator.unit(), locale),
                    r.result().value() == null ? null : r.result().value().number(),
                    r.result().status()));
        }
        return result;
    }

    private BigDecimal rankValue(IndicatorItem indicator, Figure result) {
        if (result.value().number() != null) {
            return result.value().number();
        }
        if (result.value().level() != null && indicator.levelScale() != null) {
            LevelScale scale = levelScales.byKey(indicator.levelScale());
            return scale == null
                    ? null
                    : BigDecimal.valueOf(scale.rank(result.value().level()));
        }
        return null;
    }

    private String heatChart(
            List<IndicatorItem> indicators,
            List<HeatRow> heat,
            List<Row> rows,
            PlanStandings standings,
            Long planId,
            Basis basis,
            Locale locale) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "heatmap");
        spec.put(
                "columns",
                indicators.stream().map(DashboardPages::indicatorLabel).toList());
        spec.put("rows", heat.stream().map(HeatRow::label).toList());
        List<List<Integer>> cells = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        List<String> rowLinks = new ArrayList<>();
        for (int r = 0; r < heat.size(); r++) {
            Row row = rows.get(r);
            rowLinks.add(row.region() == null ? null : row.link() + "?plan=" + planId);
            for (int c = 0; c < indicators.size(); c++) {
                Status status = heat.get(r).cells().get(c);
                if (status == null) {
                    continue;
                }
                cells.add(List.of(c, r, status.ordinal()));
                if (row.region() == null) {
                    Standing standing = standings.standing(
                            indicators.get(c).id(), row.members().get(0), basis, TargetVariant.ADJUSTED);
                    if (standing != null && standing.latest() != null) {
                        links.put(c + "," + r, "/reports/" + standing.latest().reportId());
                    }
                }
            }
        }
        spec.put("cells", cells);
        spec.put(
                "statuses",
                java.util.Arrays.stream(Status.values())
                        .map(s -> Map.of(
                                "label", dashboards.message("dashboard.status." + s, locale),
                                "color", Charts.STATUS_COLORS.get(s)))
                        .toList());
        spec.put("cellLinks", links);
        spec.put("rowLinks", rowLinks);
        return Charts.json(spec);
    }

    private String rankChart(List<RankRow> ranking, IndicatorItem indicator, Locale locale) {
        if (indicator == null) {
            return null;
        }
        Map<String, Object> spec =
                Charts.spec("bar", ranking.stream().map(RankRow::label).toList());
        spec.put("horizontal", true);
        spec.put("unit", indicator.unit());
        spec.put("links", ranking.stream().map(RankRow::link).toList());
        Charts.series(
                spec,
                indicatorLabel(indicator),
                ranking.stream().map(RankRow::number).toList(),
                Charts.PLANNED);
        return Charts.json(spec);
    }

    static String indicatorLabel(IndicatorItem indicator) {
        return (indicator.number() == null ? "" : indicator.number() + " ") + indicator.name();
    }

    /** The region's name and those of the regions above it, nearest first. */
    private static List<String> ancestry(RegionView region, List<RegionView> regions) {
        Map<String, RegionView> byCode = regions.stream().collect(Collectors.toMap(RegionView::code, r -> r));
        List<String> names = new ArrayList<>();
        for (RegionView current = region; current != null; current = byCode.get(current.parentCode())) {
            names.add(current.name());
        }
        return names;
    }

    /** The way up from the region to the highest one the user may open. */
    private List<Choice> breadcrumbs(RegionView region, List<RegionView> regions, SignedInUser user, RegionTree tree) {
        Map<String, RegionView> byCode = regions.stream().collect(Collectors.toMap(RegionView::code, r -> r));
        Viewer viewer = dashboards.viewer(user);
        List<Choice> crumbs = new ArrayList<>();
        for (RegionView current = byCode.get(region.parentCode());
                current != null;
                current = byCode.get(current.parentCode())) {
            if (viewer.seesRegion(current.code(), tree)) {
                crumbs.add(0, new Choice(current.code(), current.name()));
            }
        }
        return crumbs;
    }
}
