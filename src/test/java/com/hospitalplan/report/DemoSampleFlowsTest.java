package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's sample values of a target summed over years are each year's share of it, not the total every year. */
@IntegrationTest
class DemoSampleFlowsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveYearsOfDoctorsAddUpToAboutTheTargetNotToFiveTimesIt() {
        List<BigDecimal> values = jdbc.queryForList(
                "select v.number_value from report_value v join indicator i on i.id = v.indicator_id"
                        + " join plan p on p.id = i.plan_id"
                        + " where p.plan_key = '000-yuebei' and i.name = '引进博士' and v.number_value is not null",
                BigDecimal.class);
        assertThat(values).isNotEmpty();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(values).allSatisfy(v -> assertThat(v).isBetween(new BigDecimal("1"), new BigDecimal("3")));
        assertThat(sum).isLessThanOrEqualTo(new BigDecimal("12"));
    }
}
