package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.ResponsibleUnit;
import com.hospitalplan.plan.StatedTotalCheck;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.SubTargetView;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a plan holds, without ids, versions, timestamps or its demo key: two plans with equal snapshots are the
 * same plan. Goals are named by their path of labels ("三、 建设目标 / （一） 平台建设"), a weighted average's weight by
 * its indicator's position, decimals without trailing zeros.
 */
record PlanSnapshot(
        String title,
        String issuer,
        Long owner,
        String ownerName,
        PlanStatus status,
        int startYear,
        int endYear,
        LocalDate issuedOn,
        String summary,
        List<BasisDocument> basisDocuments,
        List<String> coverage,
        List<Goal> goals,
        List<Milestone> milestones,
        List<Indicator> indicators,
        List<Line> budgetLines,
        List<Total> statedTotals) {

    record Goal(String path, String number, String title, String description, int depth, List<Unit> units) {}

    record Unit(Long organization, String name, boolean leading) {}

    record Milestone(
            String goal,
            String title,
            String description,
            int dueYear,
            LocalDate dueDate,
            String plannedCost,
            List<SubTarget> subTargets) {}

    record Indicator(
            String goal,
            String number,
            String category,
            String name,
            String unit,
            String definition,
            String direction,
            String valueKind,
            String levelScale,
            boolean binding,
            String baselineValue,
            String baselineLevel,
            Integer baselineYear,
            String targetText,
            Target target,
            boolean targetStructured,
            String originalTargetText,
            List<com.hospitalplan.plan.YearlyTargetView> yearlyTargets,
            List<Unit> units,
            int revisions,
            String note,
            String aggregation,
            Integer weightPosition,
            String targetSource,
            List<String> otherStatements) {}

    record Line(
            String goal,
            String source,
            String category,
            Integer year,
            String amount,
            boolean recurring,
            boolean approximate,
            boolean inTotals,
            String note) {}

    record Total(
            String label,
            String source,
            String category,
            Integer year,
            String stated,
            String computed,
            List<String> unstatedLines) {}

    static PlanSnapshot of(PlanDetail plan) {
        Map<Long, String> paths = new HashMap<>();
        List<Goal> goals = new ArrayList<>();
        addGoals(plan.goals(), "", paths, goals);
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < plan.indicators().size(); i++) {
            positions.put(plan.indicators().get(i).id(), i);
        }
        List<String> coverage = new ArrayList<>(plan.coverage());
        coverage.sort(null);
        return new PlanSnapshot(
                plan.title(),
                plan.issuer(),
                plan.ownerOrganizationId(),
                plan.ownerName(),
                plan.status(),
                plan.startYear(),
                plan.endYear(),
                plan.issuedOn(),
                plan.summary(),
                plan.basisDocuments(),
                coverage,
                goals,
                plan.milestones().stream()
                        .map(m -> new Milestone(
                                paths.get(m.goalId()),
                                m.definition().title(),
                                m.definition().description(),
                                m.definition().dueYear(),
                                m.definition().dueDate(),
                                plain(m.definition().plannedCost()),
                                m.subTargets().stream()
                                        .map(SubTargetView::subTarget)
                                        .toList()))
                        .toList(),
                plan.indicators().stream()
                        .map(i -> indicator(i, paths, positions))
                        .toList(),
                plan.budget().lines().stream()
                        .map(l -> new Line(
                                paths.get(l.goalId()),
                                l.fundingSource(),
                                l.category(),
                                l.year(),
                                plain(l.amount()),
                                l.recurring(),
                                l.approximate(),
                                l.inTotals(),
                                l.note()))
                        .toList(),
                plan.budget().statedTotals().stream().map(PlanSnapshot::total).toList());
    }

    private static Indicator indicator(IndicatorView i, Map<Long, String> paths, Map<Long, Integer> positions) {
        IndicatorDefinition d = i.definition();
        return new Indicator(
                paths.get(i.goalId()),
                d.number(),
                d.category(),
                d.name(),
                d.unit(),
                d.definition(),
                String.valueOf(d.direction()),
                String.valueOf(d.valueKind()),
                d.levelScale(),
                d.binding(),
                plain(d.baselineValue()),
                d.baselineLevel(),
                d.baselineYear(),
                i.targetText(),
                i.target(),
                i.targetStructured(),
                i.originalTargetText(),
                i.yearlyTargets(),
                units(i.responsible()),
                i.revisions().size(),
                d.note(),
                d.aggregation() == null ? null : d.aggregation().name(),
                i.aggregationWeightId() == null ? null : positions.get(i.aggregationWeightId()),
                i.targetSource(),
                i.alternativeTargets().stream()
                        .map(a -> a.source() + "：" + a.targetText())
                        .toList());
    }

    private static Total total(StatedTotalCheck t) {
        return new Total(
                t.label(),
                t.fundingSource(),
                t.category(),
                t.year(),
                plain(t.stated()),
                plain(t.computed().amount()),
                t.unstatedLines());
    }

    private static void addGoals(List<GoalNode> nodes, String parent, Map<Long, String> paths, List<Goal> into) {
        for (GoalNode node : nodes) {
            String path = parent.isEmpty() ? node.label() : parent + " / " + node.label();
            paths.put(node.id(), path);
            into.add(new Goal(
                    path, node.number(), node.title(), node.description(), node.depth(), units(node.responsible())));
            addGoals(node.children(), path, paths, into);
        }
    }

    private static List<Unit> units(List<ResponsibleUnit> units) {
        return units.stream()
                .map(u -> new Unit(u.organizationId(), u.name(), u.leading()))
                .toList();
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
