package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What PostgreSQL does with the user list's search on 2,000+ accounts: fast as planned, and the trigram indexes on the
 * user name and the name can serve it (shown by taking sequential scans and ordered index walks away).
 */
@IntegrationTest
class UserSearchAtScaleTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theUserSearchIsFastAndTheTrigramIndexesCanServeIt() {
        String prefix = "many" + System.nanoTime() + "-";
        accounts.many(prefix, Role.REPORTER, organizations.tree().hospitalId(), 2_100);
        jdbc.execute("analyze app_user");
        UserSearch search = new UserSearch(jdbcClient);
        UserQuery query = new UserQuery(prefix + "1234", null, null, null);

        assertThat(search.page(query, Instant.now(), 0, 50)).hasSize(1);
        List<String> chosen = search.explainPage(query, Instant.now(), 0, 50);
        List<String> indexed = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            jdbc.execute("set local enable_indexscan = off"); // else it walks the user name's b-tree for the order
            return search.explainPage(query, Instant.now(), 0, 50);
        });
        int rows = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        System.out.println("EXPLAIN ANALYZE, user search on " + rows + " accounts, as planned:\n"
                + String.join("\n", chosen) + "\n... and without sequential scans:\n" + String.join("\n", indexed));

        assertThat(rows).isGreaterThan(2_000);
        assertThat(millis(chosen)).isLessThan(200);
        assertThat(String.join("\n", indexed))
                .contains("app_user_username_trgm_idx")
                .contains("app_user_display_name_trgm_idx");
        assertThat(millis(indexed)).isLessThan(200);
    }

    private static double millis(List<String> plan) {
        return Double.parseDouble(plan.stream()
                .filter(line -> line.startsWith("Execution Time:"))
                .findFirst()
                .orElseThrow()
                .replaceAll("[^0-9.]", ""));
    }
}
