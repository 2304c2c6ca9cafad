package com.hospitalplan.documentimport;

import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.PlanCommands;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A target the document states for every member of a set ({@link Distribution}: "每个县…至少有一家县级医院达到二级甲等医院")
 * entered as the plan represents a target of one county or institution: one indicator per member of the plan's
 * coverage, named with the member, with the member's organisation (the county's health bureau, the institution) as
 * its leading responsible unit and the units the document names beside it, so that each member reports its own value.
 * Where the coverage names no member of the set the target stays one indicator, with a note saying why: nothing is
 * lost.
 */
final class DistributedTargets {

    /** A member of the set: its name and the organisation that reports for it, or {@code null} when there is none. */
    record Member(String name, Long organizationId) {}

    private DistributedTargets() {}

    /**
     * The indicators that enter {@code one}: one per member, or {@code one} with a note when there are no members.
     *
     * @param splitNote the note of a split indicator: {0} the set as written, {1} how many, {2} the member
     * @param unsplitNote the note of a target the coverage cannot split: {0} the set as written
     */
    static List<PlanCommands.ImportIndicator> enter(
            PlanCommands.ImportIndicator one,
            Distribution set,
            List<Member> members,
            String splitNote,
            String unsplitNote) {
        if (members.isEmpty()) {
            String note = MessageFormat.format(unsplitNote, set.set());
            return List.of(copy(one, one.key(), one.definition().name(), note, one.units()));
        }
        List<PlanCommands.ImportIndicator> split = new ArrayList<>();
        for (int n = 0; n < members.size(); n++) {
            Member member = members.get(n);
            String note = MessageFormat.format(splitNote, set.set(), members.size(), member.name());
            split.add(copy(
                    one,
                    one.key() + "." + n,
                    one.definition().name() + "（" + member.name() + "）",
                    note,
                    units(member, one.units())));
        }
        return split;
    }

    /** The member's organisation leading, then the units the document names (none of them leading). */
    private static List<PlanCommands.ImportUnit> units(Member member, List<PlanCommands.ImportUnit> named) {
        if (member.organizationId() == null) {
            return named;
        }
        List<PlanCommands.ImportUnit> units = new ArrayList<>();
        units.add(new PlanCommands.ImportUnit(member.organizationId(), true));
        for (PlanCommands.ImportUnit unit : named) {
            if (!unit.organizationId().equals(member.organizationId())) {
                units.add(new PlanCommands.ImportUnit(unit.organizationId(), false));
            }
        }
        return units;
    }

    private static PlanCommands.ImportIndicator copy(
            PlanCommands.ImportIndicator one,
            String key,
            String name,
            String note,
            List<PlanCommands.ImportUnit> units) {
        IndicatorDefinition d = one.definition();
        String notes = d.note() == null ? note : d.note() + "；" + note;
        IndicatorDefinition definition = new IndicatorDefinition(
                d.number(),
                d.category(),
                cut(name, 255),
                d.unit(),
                d.definition(),
                d.direction(),
                d.valueKind(),
                d.levelScale(),
                d.binding(),
                d.baselineValue(),
                d.baselineLevel(),
                d.baselineYear(),
                cut(notes, 500),
                d.aggregation());
        return new PlanCommands.ImportIndicator(
                key,
                one.goalKey(),
                definition,
                one.weightKey(),
                one.targetText(),
                one.structuredTarget(),
                one.yearlyTargets(),
                units,
                one.targetSource(),
                one.otherStatements());
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
