package com.hospitalplan.dashboard;

import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.target.Baseline;
import com.hospitalplan.target.LevelScale;
import com.hospitalplan.target.Measurement;
import com.hospitalplan.target.Situation;
import java.time.LocalDate;
import java.util.List;

/** Makes the situation an indicator's values are judged in: the plan period, the date of judgement, the baseline. */
record Situations(int startYear, int endYear, LocalDate asOf) {

    Situation of(IndicatorItem indicator, List<Measurement> measurements) {
        return Situation.of(startYear, endYear, asOf)
                .withDirection(indicator.direction())
                .withScale(LevelScale.byKey(indicator.levelScale()))
                .withBaseline(baseline(indicator))
                .withMeasurements(measurements);
    }

    private Baseline baseline(IndicatorItem indicator) {
        if (indicator.baselineValue() == null && indicator.baselineLevel() == null) {
            return null;
        }
        int year = indicator.baselineYear() != null ? indicator.baselineYear() : startYear - 1;
        return new Baseline(indicator.baselineValue(), indicator.baselineLevel(), year);
    }
}
