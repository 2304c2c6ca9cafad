package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.support.PostgresJpaTest;
import com.hospitalplan.support.TestDatabase;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.unit.DataSize;

/** The start-up guard against accounts that keep the published demo password. */
@PostgresJpaTest
class DemoPasswordGuardTest {

    @Autowired
    AppUserRepository users;

    @Test
    void aProductionStartIsRefusedWhileAccountsKeepTheDemoPassword() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(PlanTrackerApplication.class);
        // command-line arguments outrank application.properties, as they would on a real start
        String[] arguments = TestDatabase.get()
                .arguments(
                        // the demo data is on this database, but demo accounts are not allowed
                        "--spring.flyway.locations=classpath:db/migration,classpath:db/demo",
                        "--app.demo.accounts-allowed=false",
                        "--server.port=0");

        assertThatThrownBy(() -> production.run(arguments))
                .hasRootCauseMessage("11 account(s) still have the demo password. "
                        + "Change their passwords (or start with the 'demo' profile) before running in production.");
    }

    @Test
    void theDemoProfileMayKeepDemoPasswords() {
        assertThatCode(() -> new DemoPasswordGuard(users, properties(true)).check())
                .doesNotThrowAnyException();
    }

    @Test
    void theGuardCountsTheDemoAccountsOutsideTheDemoProfile() {
        assertThatThrownBy(() -> new DemoPasswordGuard(users, properties(false)).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("11 account(s)");
    }

    private static AppProperties properties(boolean demoAccountsAllowed) {
        return new AppProperties(
                new AppProperties.Security(5, 30, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)),
                new AppProperties.Database(false),
                new AppProperties.Demo(demoAccountsAllowed),
                new AppProperties.Workbook(
                        DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 10_000, Duration.ofMinutes(30), 20),
                new AppProperties.Dashboard(false, 0.4, 0, Duration.ZERO),
                URI.create("http://localhost:8080"));
    }
}
