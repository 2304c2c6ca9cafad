package com.hospitalplan.report;

import com.hospitalplan.levelscale.LevelsInUse;
import com.hospitalplan.plan.PlanFigures;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The levels of a scale that reports hold as values of indicators measured on it. */
@Component
class ReportedLevelsInUse implements LevelsInUse {

    private final JdbcClient jdbc;
    private final PlanFigures plans;

    ReportedLevelsInUse(JdbcClient jdbc, PlanFigures plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Set<String> levelsOn(String scaleKey) {
        List<Long> indicators = plans.indicatorsOnScale(scaleKey);
        if (indicators.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        select distinct level_value from report_value
                        where indicator_id = any(?) and level_value is not null
                        """)
                .param(indicators.toArray(Long[]::new))
                .query(String.class)
                .list());
    }
}
