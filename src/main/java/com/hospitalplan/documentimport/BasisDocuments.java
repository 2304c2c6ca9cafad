package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a plan says it is based on: the 《》 titles (with the document number written after one, "（粤府办〔2018〕
 * 20号）") of a sentence of basis — 根据, 依据, 按照, 遵照 or 参照 before the title, or 贯彻/落实 with 精神, 要求 or 部署 —
 * and every title listed under a 编制依据 heading. A title elsewhere (an example of what was achieved, a document
 * quoted) is none, and neither is the plan itself nor a document that carries the plan's own number.
 */
final class BasisDocuments {

    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*[（(]?\\s*([\\u4e00-\\u9fa5]{1,12}\\s*[〔\\[［(（【]\\s*[0-9]{4}\\s*[〕\\]］)）】]\\s*[0-9]{1,4}\\s*号)");
    private static final List<String> BASIS_WORDS = List.of("根据", "依据", "按照", "遵照", "参照");
    private static final List<String> CARRY_WORDS = List.of("贯彻", "落实");
    private static final List<String> SPIRIT_WORDS = List.of("精神", "要求", "部署");
    private static final List<String> MAKING_WORDS = List.of("制定", "制订", "编制", "本规划", "本方案", "本计划");

    private final List<DraftBasis> found = new ArrayList<>();

    /**
     * Reads the line's basis documents.
     *
     * @param underBasisHeading whether the line stands under a 编制依据 (规划依据) heading
     */
    void read(Line line, boolean underBasisHeading) {
        String text = line.text();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '。') {
                sentence(text, from, i, line.start(), underBasisHeading);
                from = i + 1;
            }
        }
    }

    private void sentence(String text, int from, int to, int offset, boolean underBasisHeading) {
        String sentence = text.substring(from, to);
        int trigger = underBasisHeading ? 0 : trigger(sentence);
        if (trigger < 0) {
            return;
        }
        Matcher title = TITLE.matcher(text).region(from + trigger, to);
        while (title.find()) {
            String name = title.group(1).strip();
            String number = null;
            int end = title.end();
            Matcher n = NUMBER.matcher(text).region(title.end(), to);
            if (n.lookingAt()) {
                number = n.group(1).replaceAll("\\s", "");
                end = n.end(1);
                if (end < to && (text.charAt(end) == '）' || text.charAt(end) == ')')) {
                    end++;
                }
            }
            String own = name;
            if (found.stream().noneMatch(b -> b.title().equals(own))) {
                found.add(new DraftBasis(name, number, new Span(offset + title.start(), offset + end)));
            }
        }
    }

    /**
     * Where the sentence's wording of basis starts, or -1 when it is no sentence of basis: 根据 (依据, 按照…) before a
     * title and, after the title, what the plan takes from it (精神, 要求, 部署) or that it is made on it (制定, 编制,
     * 本规划…); 贯彻 or 落实 before a title and 精神, 要求 or 部署 after it ("落实《…》精神"). "修订了《…》" names none.
     */
    private static int trigger(String sentence) {
        int title = sentence.indexOf('《');
        if (title < 0) {
            return -1;
        }
        String after = sentence.substring(sentence.lastIndexOf('》') + 1);
        boolean spirit = SPIRIT_WORDS.stream().anyMatch(after::contains);
        boolean making = MAKING_WORDS.stream().anyMatch(after::contains);
        int at = first(sentence, BASIS_WORDS, title);
        if (at >= 0 && (spirit || making)) {
            return at;
        }
        at = first(sentence, CARRY_WORDS, title);
        return at >= 0 && spirit ? at : -1;
    }

    /** The first of the words standing before {@code before}, or -1. */
    private static int first(String sentence, List<String> words, int before) {
        int at = -1;
        for (String word : words) {
            int i = sentence.indexOf(word);
            if (i >= 0 && i < before && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    /** The documents found, without the plan itself (its title or its own number). */
    List<DraftBasis> found(DraftFacts facts) {
        return found.stream()
                .filter(b -> facts.title() == null || !b.title().equals(facts.title()))
                .filter(b -> b.number() == null
                        || facts.documentNumber() == null
                        || !b.number().equals(facts.documentNumber().replaceAll("\\s", "")))
                .toList();
    }

    /** A heading under which the basis documents are listed. */
    static boolean isBasisHeading(String title) {
        return title.contains("编制依据") || title.contains("规划依据") || title.contains("制定依据");
    }
}
