package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.MilestoneView;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.ResponsibleUnit;
import com.hospitalplan.plan.StatedTotalCheck;
import com.hospitalplan.plan.SubTargetView;
import com.hospitalplan.plan.TargetStatement;
import com.hospitalplan.plan.YearlyTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * From a plan to its workbook, and from a read workbook to the command that writes the plan. Goals get keys from
 * their place in the tree ("2.1" is the first child of the second chapter), indicators their position ("7").
 */
final class PlanWorkbookMapping {

    private PlanWorkbookMapping() {}

    static PlanWorkbook toWorkbook(PlanDetail plan, Directory directory) {
        Map<Long, String> goalKeys = new HashMap<>();
        List<PlanWorkbook.Goal> goals = new ArrayList<>();
        addGoals(plan.goals(), null, goalKeys, goals);
        Map<Long, String> indicatorKeys = new HashMap<>();
        for (int i = 0; i < plan.indicators().size(); i++) {
            indicatorKeys.put(plan.indicators().get(i).id(), String.valueOf(i + 1));
        }
        PlanWorkbook.Info info = new PlanWorkbook.Info(
                plan.title(),
                plan.issuer(),
                directory.fullName(plan.ownerOrganizationId()),
                plan.status(),
                plan.startYear(),
                plan.endYear(),
                plan.issuedOn(),
                plan.summary(),
                plan.basisDocuments(),
                plan.coveredOrganizationIds().stream().map(directory::fullName).toList(),
                plan.coveredRegionCodes());
        List<PlanWorkbook.Milestone> milestones =
                plan.milestones().stream().map(m -> milestone(m, goalKeys)).toList();
        List<PlanWorkbook.Indicator> indicators = plan.indicators().stream()
                .map(i -> indicator(i, goalKeys, indicatorKeys))
                .toList();
        List<PlanWorkbook.BudgetLine> lines =
                plan.budget().lines().stream().map(l -> line(l, goalKeys)).toList();
        List<PlanWorkbook.StatedTotal> totals = plan.budget().statedTotals().stream()
                .map(PlanWorkbookMapping::total)
                .toList();
        return new PlanWorkbook(info, goals, milestones, indicators, lines, totals);
    }

    /**
     * The command that writes what the workbook describes. Call only for a reading without errors: every name and
     * key is then known.
     */
    static PlanCommands.ImportPlan toCommand(PlanWorkbook workbook, Directory directory) {
        PlanWorkbook.Info info = workbook.info();
        PlanCommands.SavePlan plan = new PlanCommands.SavePlan(
                info.title(),
                info.issuer(),
                info.startYear(),
                info.endYear(),
                info.issuedOn(),
                info.summary(),
                info.basisDocuments(),
                info.owner() == null ? null : directory.organization(info.owner()),
                info.coveredOrganizations().stream()
                        .map(directory::organization)
                        .toList(),
                info.coveredRegions());
        return new PlanCommands.ImportPlan(
                plan,
                info.status(),
                workbook.goals().stream()
                        .map(g -> new PlanCommands.ImportGoal(
                                g.key(),
                                g.parentKey(),
                                g.number(),
                                g.title(),
                                g.description(),
                                units(g.leadingUnit(), g.otherUnits(), directory)))
                        .toList(),
                workbook.milestones().stream()
                        .map(m -> new PlanCommands.ImportMilestone(m.goalKey(), m.definition(), m.subTargets()))
                        .toList(),
                workbook.indicators().stream()
                        .map(i -> new PlanCommands.ImportIndicator(
                                i.key(),
                                i.goalKey(),
                                i.definition(),
                                i.weightKey(),
                                i.target(),
                                i.structuredTarget(),
                                i.yearlyTargets(),
                                units(i.leadingUnit(), i.otherUnits(), directory),
                                i.targetSource(),
                                i.otherStatements()))
                        .toList(),
                workbook.budgetLines().stream()
                        .map(l -> new PlanCommands.ImportBudgetLine(
                                l.goalKey(), l.source(), l.category(), l.year(), l.planned(), l.note()))
                        .toList(),
                workbook.statedTotals().stream()
                        .map(t -> new PlanCommands.ImportStatedTotal(
                                t.label(), t.source(), t.category(), t.year(), t.amount()))
                        .toList());
    }

    private static void addGoals(
            List<GoalNode> nodes, String parentKey, Map<Long, String> keys, List<PlanWorkbook.Goal> into) {
        for (int i = 0; i < nodes.size(); i++) {
            GoalNode node = nodes.get(i);
            String key = parentKey == null ? String.valueOf(i + 1) : parentKey + "." + (i + 1);
            keys.put(node.id(), key);
            into.add(new PlanWorkbook.Goal(
                    key,
                    parentKey,
                    node.number(),
                    node.title(),
                    node.description(),
                    leading(node.responsible()),
                    others(node.responsible())));
            addGoals(node.children(), key, keys, into);
        }
    }

    private static PlanWorkbook.Milestone milestone(MilestoneView m, Map<Long, String> goalKeys) {
        return new PlanWorkbook.Milestone(
                goalKeys.get(m.goalId()),
                m.definition(),
                m.subTargets().stream().map(SubTargetView::subTarget).toList());
    }

    private static PlanWorkbook.Indicator indicator(
            IndicatorView i, Map<Long, String> goalKeys, Map<Long, String> indicatorKeys) {
        return new PlanWorkbook.Indicator(
                indicatorKeys.get(i.id()),
                goalKeys.get(i.goalId()),
                i.definition(),
                i.aggregationWeightId() == null ? null : indicatorKeys.get(i.aggregationWeightId()),
                i.targetText(),
                i.targetStructured() ? i.target() : null,
                i.yearlyTargets().stream()
                        .map(y -> new YearlyTarget(y.year(), y.targetText()))
                        .toList(),
                leading(i.responsible()),
                others(i.responsible()),
                i.targetSource(),
                i.alternativeTargets().stream()
                        .map(a -> new TargetStatement(a.source(), a.targetText()))
                        .toList());
    }

    private static PlanWorkbook.BudgetLine line(BudgetLineView l, Map<Long, String> goalKeys) {
        return new PlanWorkbook.BudgetLine(
                l.fundingSource(), l.category(), l.year(), l.planned(), goalKeys.get(l.goalId()), l.note());
    }

    private static PlanWorkbook.StatedTotal total(StatedTotalCheck t) {
        return new PlanWorkbook.StatedTotal(t.label(), t.fundingSource(), t.category(), t.year(), t.stated());
    }

    private static String leading(List<ResponsibleUnit> units) {
        return units.stream()
                .filter(ResponsibleUnit::leading)
                .map(ResponsibleUnit::name)
                .findFirst()
                .orElse(null);
    }

    private static List<String> others(List<ResponsibleUnit> units) {
        String leading = leading(units);
        return units.stream()
                .map(ResponsibleUnit::name)
                .filter(name -> !Objects.equals(name, leading))
                .toList();
    }

    private static List<PlanCommands.ImportUnit> units(String leading, List<String> others, Directory directory) {
        List<PlanCommands.ImportUnit> units = new ArrayList<>();
        if (leading != null) {
            units.add(new PlanCommands.ImportUnit(directory.organization(leading), true));
        }
        others.forEach(name -> units.add(new PlanCommands.ImportUnit(directory.organization(name), false)));
        return units;
    }
}
