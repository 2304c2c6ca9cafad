package com.hospitalplan.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.util.List;

/**
 * An indicator as shown and served by the API: its definition (unwrapped into the JSON) and its targets.
 *
 * @param target the parsed target, or {@code null} where the wording could not be understood
 * @param targetStructured whether the target was entered in the structured form (the parser cannot read it)
 * @param targetDescription how the product understood the target, or why it could not, in the user's language
 * @param targetReading the stored reading as a sentence ("理解为：…"), or {@code null} when not understood
 * @param targetWarnings where the reading does not fit the indicator (a yes/no target on a percentage indicator…)
 * @param targetReadBy who understood the target: the parser ({@code targetParserVersion}) or a planner
 * @param targetSource where the target stands in the document, or {@code null}
 * @param alternativeTargets the same target stated elsewhere in the document, differently; the indicator's own
 *     target counts until a planner resolves the conflict
 * @param originalTargetText the target as first published, when it has since been adjusted; otherwise {@code null}
 */
public record IndicatorView(
        Long id,
        Long goalId,
        @JsonUnwrapped IndicatorDefinition definition,
        String targetText,
        Target target,
        boolean targetStructured,
        String targetDescription,
        String targetReading,
        List<String> targetWarnings,
        StoredTarget.ReadBy targetReadBy,
        Integer targetParserVersion,
        String targetSource,
        List<AlternativeTargetView> alternativeTargets,
        String originalTargetText,
        List<YearlyTargetView> yearlyTargets,
        List<ResponsibleUnit> responsible,
        List<TargetRevisionView> revisions,
        Long aggregationWeightId,
        Long projectId,
        long version) {}
