package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit the document names as responsible for a goal or an indicator ("责任单位：市卫生健康局", "牵头单位：医务部").
 *
 * @param name the name as written
 * @param leading whether it leads: the first unit named 牵头 leads, otherwise the first one named
 * @param span the name's text
 */
public record DraftUnit(String name, boolean leading, Span span) {

    /**
     * The units of one item from all the phrases naming them, in document order, each name once: the first unit marked
     * as leading leads, or the first unit when none is.
     */
    static List<DraftUnit> merged(List<DraftUnit> named) {
        List<DraftUnit> once = new ArrayList<>();
        for (DraftUnit unit : named) {
            if (once.stream().noneMatch(u -> u.name().equals(unit.name()))) {
                once.add(unit);
            }
        }
        int lead = 0;
        for (int i = 0; i < once.size(); i++) {
            if (once.get(i).leading()) {
                lead = i;
                break;
            }
        }
        List<DraftUnit> result = new ArrayList<>();
        for (int i = 0; i < once.size(); i++) {
            DraftUnit u = once.get(i);
            result.add(new DraftUnit(u.name(), i == lead, u.span()));
        }
        return List.copyOf(result);
    }
}
