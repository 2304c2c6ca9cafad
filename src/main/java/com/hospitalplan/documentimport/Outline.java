package com.hospitalplan.documentimport;

import com.hospitalplan.documentimport.Numbering.Kind;
import com.hospitalplan.documentimport.Numbering.Mark;
import java.util.ArrayList;
import java.util.List;

/**
 * The goal tree from the document's own numbering, and for every line the headings it stands under.
 *
 * <p>Levels come from the order in which the kinds of numbering first appear under a heading, as a reader takes them: a
 * kind already open closes everything below it and starts a sibling; a new kind starts a child. A numbered line is a
 * heading when its text is short and has no sentence end, or when its first sentence is short ("（一）指导思想。坚持…",
 * a run-in heading); a long numbered sentence or one ending in "；" is an item of a list, not a goal. The table of
 * contents (lines ending in a page number) is skipped, and what stands under a yearly schedule heading ("（一）2018
 * 年进度", "1、2019年支出计划") is read as milestones or budget lines, not as goals. "一是…二是…" in a paragraph gives a
 * node per item under the heading above it.
 */
final class Outline {

    static final int HEADING_LENGTH = 60;
    static final int RUN_IN_LENGTH = 40;

    /** A heading while the tree is built. */
    static final class Node {
        final Kind kind;
        final String number;
        final String title;
        final Span span;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        final List<DraftUnit> units = new ArrayList<>();

        Node(Kind kind, String number, String title, Span span, Node parent) {
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.span = span;
            this.parent = parent;
        }

        String label() {
            return number + title;
        }

        Node root() {
            Node n = this;
            while (n.parent != null) {
                n = n.parent;
            }
            return n;
        }

        /** This heading or one above it matches {@code test}. */
        boolean within(java.util.function.Predicate<String> test) {
            for (Node n = this; n != null; n = n.parent) {
                if (test.test(n.title)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final Node[] headingOfLine;
    private final boolean[] isHeading;

    private Outline(int lines) {
        headingOfLine = new Node[lines];
        isHeading = new boolean[lines];
    }

    static Outline read(List<Line> lines) {
        Outline outline = new Outline(lines.size());
        List<Node> open = new ArrayList<>();
        for (Line line : lines) {
            Node current = open.isEmpty() ? null : open.get(open.size() - 1);
            if (!line.isBlank() && !line.isTableRow() && !isContentsEntry(line.text()) && !insideTable(lines, line)) {
                Node heading = heading(line, open);
                if (heading != null) {
                    outline.isHeading[line.index()] = true;
                    current = heading;
                } else if (current != null && !inSchedule(current)) {
                    addShiItems(line, current);
                }
            }
            outline.headingOfLine[line.index()] = current;
        }
        outline.collectRoots();
        return outline;
    }

    private void collectRoots() {
        for (Node node : headingOfLine) {
            if (node != null) {
                Node root = node.root();
                if (!roots.contains(root)) {
                    roots.add(root);
                }
            }
        }
    }

    /** The heading {@code line} starts, added to the tree, or {@code null}. */
    private static Node heading(Line line, List<Node> open) {
        Mark mark = Numbering.at(line.text());
        if (mark == null) {
            return null;
        }
        String rest = line.text().substring(mark.end());
        String title = title(rest);
        if (title == null) {
            return null;
        }
        int close = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).kind == mark.kind()) {
                close = i;
                break;
            }
        }
        int keep = close >= 0 ? close : open.size();
        Node parent = keep == 0 ? null : open.get(keep - 1);
        if (parent != null && inSchedule(parent)) {
            return null;
        }
        open.subList(keep, open.size()).clear();
        int titleStart = line.start() + mark.end() + leadingBlanks(rest);
        Node node = new Node(
                mark.kind(), mark.number(), title, new Span(line.start(), titleStart + title.length()), parent);
        if (parent != null) {
            parent.children.add(node);
        }
        open.add(node);
        return node;
    }

    /** The heading's title, or {@code null} when the numbered text is an item of a list rather than a heading. */
    static String title(String rest) {
        String text = rest.strip();
        if (text.isEmpty()) {
            return null;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '；' || last == ';' || last == '，' || last == ',' || last == '、') {
            return null;
        }
        int stop = firstOf(text, "。：:");
        if (stop < 0) {
            return text.length() <= HEADING_LENGTH ? text : null;
        }
        if (stop == 0 || stop > RUN_IN_LENGTH) {
            return null;
        }
        String title = text.substring(0, stop).strip();
        return title.indexOf('；') >= 0 ? null : title;
    }

    /** A yearly schedule heading: what stands under it is due in that year. */
    static boolean isSchedule(String title) {
        int year = Texts.yearIn(title);
        return year > 0
                && (title.contains("进度") || title.contains("计划") || title.contains("年度目标") || title.contains("年度任务"));
    }

    private static boolean inSchedule(Node node) {
        return isSchedule(node.title);
    }

    /** "一是…；二是…" in a paragraph: one node per item, the item's first clause as its title. */
    private static void addShiItems(Line line, Node parent) {
        String text = line.text();
        int first = text.indexOf("一是");
        if (first < 0 || text.indexOf("二是", first) < 0) {
            return;
        }
        String digits = "一二三四五六七八九十";
        int from = first;
        for (int n = 0; n < digits.length(); n++) {
            String word = digits.charAt(n) + "是";
            int at = n == 0 ? first : text.indexOf(word, from);
            if (at < 0) {
                break;
            }
            int start = at + word.length();
            int end = start;
            while (end < text.length() && "，,；;。：".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end > start) {
                String title = text.substring(start, Math.min(end, start + RUN_IN_LENGTH));
                parent.children.add(new Node(
                        Kind.SHI,
                        word,
                        title,
                        new Span(line.start() + at, line.start() + start + title.length()),
                        parent));
            }
            from = end;
        }
    }

    /** A line between two table rows is a row whose other cells are empty (in a PDF it has no column gap). */
    static boolean insideTable(List<Line> lines, Line line) {
        return neighbour(lines, line.index(), -1) && neighbour(lines, line.index(), 1);
    }

    private static boolean neighbour(List<Line> lines, int index, int step) {
        for (int i = index + step; i >= 0 && i < lines.size(); i += step) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).isTableRow();
            }
        }
        return false;
    }

    /** A line of a table of contents: a title, then a tab or dots, then a page number. */
    static boolean isContentsEntry(String text) {
        int end = text.length();
        int i = end;
        while (i > 0 && Numbering.isDigit(text.charAt(i - 1))) {
            i--;
        }
        if (i == end || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return before == '\t' || before == '…' || before == '.' || before == '·';
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && Line.isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The heading {@code line} stands under (or is), or {@code null}. */
    Node headingOf(Line line) {
        return headingOfLine[line.index()];
    }

    boolean isHeading(Line line) {
        return isHeading[line.index()];
    }

    /** The chapter label ("三、建设目标") of {@code line}, or {@code null}. */
    String chapterOf(Line line) {
        Node node = headingOf(line);
        return node == null ? null : node.root().label();
    }

    List<DraftGoal> goals() {
        return roots.stream().map(root -> goal(root, null)).toList();
    }

    private static DraftGoal goal(Node node, String chapter) {
        String own = chapter == null ? node.label() : chapter;
        return new DraftGoal(
                node.number,
                node.title,
                chapter,
                node.span,
                node.children.stream().map(child -> goal(child, own)).toList(),
                DraftUnit.merged(node.units));
    }
}
