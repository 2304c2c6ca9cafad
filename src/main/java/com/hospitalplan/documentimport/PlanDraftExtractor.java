package com.hospitalplan.documentimport;

import com.hospitalplan.documentimport.Sentences.Piece;
import com.hospitalplan.targets.TargetParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a draft plan from a document's text, deterministically and in plain Java: the goal tree ({@link Outline}),
 * indicator and money tables ({@link TextTables}), targets in running text ({@link TextTargets}), milestones and budget
 * lines ({@link Schedule}) and what the document says about itself ({@link Facts}). Every item keeps the span of text
 * it came from. Stateless apart from the target parser, which is thread-safe.
 */
public final class PlanDraftExtractor {

    /** The longest text read: about 400 pages of Chinese text. */
    public static final int MAX_CHARS = 2_000_000;

    /** The most characters between two units of one phrase ("牵头单位：X；配合单位：Y"). */
    private static final int PHRASE_GAP = 12;

    private final TargetParser parser = new TargetParser();

    public PlanDraft extract(String document) {
        String original = document.length() > MAX_CHARS ? document.substring(0, MAX_CHARS) : document;
        String text = Simplified.of(original);
        List<Line> lines = Line.of(text);
        Outline outline = Outline.read(lines);
        TextTables tables = new TextTables(parser);
        tables.read(lines, outline);
        TextTargets targets = new TextTargets(parser);
        Schedule schedule = new Schedule();
        BasisDocuments basis = new BasisDocuments();
        Map<Integer, List<DraftUnit>> unitsOfLine = new HashMap<>();
        for (Line line : lines) {
            if (line.isBlank() || line.isTableRow() || Outline.isContentsEntry(line.text())) {
                continue;
            }
            Outline.Node heading = outline.headingOf(line);
            boolean background = heading != null && heading.within(Sentences::isBackground);
            if (!background) {
                basis.read(line, heading != null && heading.within(BasisDocuments::isBasisHeading));
            }
            List<DraftUnit> named = UnitPhrases.in(line);
            if (!named.isEmpty()) {
                unitsOfLine.put(line.index(), named);
                if (heading != null) {
                    heading.units.addAll(named);
                }
            }
            for (Piece sentence : Sentences.sentences(line)) {
                if (background || Sentences.looksBack(sentence.text())) {
                    continue;
                }
                if (heading == null || !Outline.isSchedule(heading.title) || !outline.isHeading(line)) {
                    targets.read(sentence, outline.chapterOf(line));
                }
                schedule.read(sentence, heading, outline.isHeading(line) || isNumberedHeading(line.text()));
            }
        }
        List<DraftIndicator> indicators = new ArrayList<>();
        tables.indicators().forEach(i -> indicators.add(asWritten(i, original)));
        targets.found()
                .forEach(i -> indicators.add(asWritten(distributed(withUnits(i, lines, unitsOfLine), text), original)));
        DraftFacts facts = Facts.read(lines);
        List<DraftBudgetLine> totals = new ArrayList<>(tables.totals());
        totals.addAll(schedule.totals());
        return new PlanDraft(
                original,
                facts.withBasis(basis.found(facts)),
                outline.goals(),
                indicators,
                schedule.milestones(),
                schedule.lines(),
                totals);
    }

    /**
     * The target as the document writes it; where that is in traditional characters the parser was given the simplified
     * wording, kept in {@code readAs}.
     */
    private static DraftIndicator asWritten(DraftIndicator read, String original) {
        String written = original.substring(read.span().start(), read.span().end());
        if (written.equals(read.targetText()) || !Simplified.of(written).equals(read.targetText())) {
            return read;
        }
        return read.withWording(written, read.readAs() != null ? read.readAs() : read.targetText());
    }

    /**
     * A target from running text with the units its line names after its sentence: the first one named at or after
     * the sentence's start and those named close after it (one phrase).
     */
    private static DraftIndicator withUnits(
            DraftIndicator read, List<Line> lines, Map<Integer, List<DraftUnit>> units) {
        int at = read.sentenceSpan().start();
        Line line = lineAt(lines, at);
        List<DraftUnit> named = line == null ? null : units.get(line.index());
        if (named == null) {
            return read;
        }
        List<DraftUnit> phrase = new ArrayList<>();
        for (DraftUnit unit : named) {
            int start = unit.span().start();
            if (start >= at
                    && (phrase.isEmpty()
                            || start - phrase.get(phrase.size() - 1).span().end() <= PHRASE_GAP)) {
                phrase.add(unit);
            }
        }
        return read.withUnits(DraftUnit.merged(phrase));
    }

    /** A target with the set its sentence states it for each member of ("每个县…", "所有县级医院…"), if any. */
    private static DraftIndicator distributed(DraftIndicator read, String text) {
        Span sentence = read.sentenceSpan();
        Distribution set = Distribution.of(
                text.substring(sentence.start(), sentence.end()), read.span().start() - sentence.start());
        return set == null ? read : read.withDistribution(set);
    }

    private static Line lineAt(List<Line> lines, int position) {
        int low = 0;
        int high = lines.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Line line = lines.get(mid);
            if (line.end() < position) {
                low = mid + 1;
            } else if (line.start() > position) {
                high = mid - 1;
            } else {
                return line;
            }
        }
        return null;
    }

    /** A short numbered heading under a yearly schedule ("2、人才建设"): a group, not a milestone of its own. */
    private static boolean isNumberedHeading(String line) {
        Numbering.Mark mark = Numbering.at(line);
        return mark != null
                && line.indexOf('。') < 0
                && line.length() - mark.end() <= 20
                && line.chars().skip(mark.end()).noneMatch(c -> Numbering.isDigit((char) c));
    }
}
