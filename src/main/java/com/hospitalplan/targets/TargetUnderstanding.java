package com.hospitalplan.targets;

/**
 * What the product made of a target text, for the live preview and {@code GET /api/v1/targets/parse}.
 *
 * @param description the target in short in the user's language ("≥35%", "每年≥6人"), when understood
 * @param reading the whole reading as a sentence to check ("理解为：到2025年，最新值≥35%"), when understood
 * @param warnings where the reading does not fit the indicator (a yes/no target on a percentage indicator…)
 * @param error why it was not understood, in the user's language, otherwise {@code null}
 */
public record TargetUnderstanding(
        String text,
        boolean understood,
        Target target,
        String description,
        String reading,
        java.util.List<String> warnings,
        String error) {}
