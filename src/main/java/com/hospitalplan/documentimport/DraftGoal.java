package com.hospitalplan.documentimport;

import java.util.List;

/**
 * A node of the goal tree as the document numbers it.
 *
 * @param number the number as written ("一、", "（一）", "1.", "(1)", "①", "一是", "——"), spaces removed
 * @param title the heading, or the first sentence of a run-in heading ("（一）指导思想。坚持…" gives 指导思想)
 * @param chapter the top-level section the node stands in ("三、建设目标"), {@code null} for a top-level node
 * @param span the heading's text
 * @param children the nodes under it, in document order
 * @param units the units the node's text names as responsible, the leading one marked
 */
public record DraftGoal(
        String number, String title, String chapter, Span span, List<DraftGoal> children, List<DraftUnit> units) {}
