package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.ServerTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The warm-up visits reach the running server over loopback, all in one session. */
@ServerTest
class CodeWarmUpTest {

    @Autowired
    CodeWarmUp code;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void visitsTheSignInPageAsOftenAsAskedInOneSession() {
        int sessionsBefore = sessions();

        assertThat(code.visit(40, Duration.ofSeconds(60))).isEqualTo(40);

        assertThat(sessions() - sessionsBefore).isBetween(0, 1);
    }

    @Test
    void stopsWhenItsTimeIsUp() {
        assertThat(code.visit(1_000_000, Duration.ofMillis(300))).isLessThan(1_000_000);
        assertThat(code.visit(0, Duration.ofSeconds(5))).isZero();
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
