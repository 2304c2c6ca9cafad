package com.hospitalplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ChangeFeedPurgeTest {

    @Autowired
    ChangeFeedPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changesOlderThanADayGoButTheNewestStaysForInstancesThatCatchUp() {
        long old = changeMade("2 days");
        long recent = changeMade("1 hour");
        long newestButOld = changeMade("2 days");

        purge.purge();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(newestButOld)).isTrue();
    }

    private long changeMade(String ago) {
        return jdbc.queryForObject(
                "insert into change_feed (topic, subject, origin, created_at)"
                        + " values ('purge-test', null, 'purge-test', now() - ?::interval) returning id",
                Long.class,
                ago);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from change_feed where id = ?", Integer.class, id) == 1;
    }
}
