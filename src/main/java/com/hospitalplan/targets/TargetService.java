package com.hospitalplan.targets;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Parses, describes and evaluates targets for the pages and the API, in the user's language. */
@Service
public class TargetService {

    private final TargetParser parser = new TargetParser();
    private final TargetEvaluator evaluator = new TargetEvaluator();
    private final MessageSource messages;

    TargetService(MessageSource messages) {
        this.messages = messages;
    }

    public ParseResult parse(String text, String unitHint) {
        return parser.parse(text, unitHint);
    }

    public Evaluation evaluate(Target target, Situation situation) {
        return evaluator.evaluate(target, situation);
    }

    /** How the product understood the text, or why it did not, in {@code locale}. */
    public TargetUnderstanding understand(String text, String unitHint, Locale locale) {
        return understand(text, unitHint, null, null, locale);
    }

    /**
     * How the product understood the text of an indicator's target, with warnings where the reading does not fit the
     * indicator.
     *
     * @param valueKind the indicator's value kind by name, or {@code null}
     * @param name the indicator's name, or {@code null}
     */
    public TargetUnderstanding understand(String text, String unitHint, String valueKind, String name, Locale locale) {
        ParseResult result = parser.parse(text, new TargetContext(unitHint, name, null));
        TargetTexts texts = texts(locale);
        if (!result.understood()) {
            String error =
                    texts.render(new Explanation(result.errorKey(), java.util.List.<Object>copyOf(result.errorArgs())));
            return new TargetUnderstanding(text, false, null, null, null, java.util.List.of(), error);
        }
        return new TargetUnderstanding(
                text,
                true,
                result.target(),
                texts.render(TargetDescriber.describe(result.target())),
                texts.render(TargetReading.of(result.target())),
                TargetFit.warnings(result.target(), valueKind, unitHint).stream()
                        .map(texts::render)
                        .toList(),
                null);
    }

    public String render(Explanation explanation, Locale locale) {
        return texts(locale).render(explanation);
    }

    /** Where a stored reading does not fit its indicator, in the user's language. */
    public java.util.List<String> warnings(Target target, String valueKind, String unit, Locale locale) {
        TargetTexts texts = texts(locale);
        return TargetFit.warnings(target, valueKind, unit).stream()
                .map(texts::render)
                .toList();
    }

    /** The reading of a target as one sentence ("理解为：到2025年，最新值≥35%"). */
    public String reading(Target target, Locale locale) {
        return texts(locale).render(TargetReading.of(target));
    }

    public String describe(Target target, Locale locale) {
        return texts(locale).render(TargetDescriber.describe(target));
    }

    private TargetTexts texts(Locale locale) {
        return new TargetTexts((key, args) -> messages.getMessage(key, args, locale));
    }
}
