package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session writes the session row in a transaction of its own, even while the request's transaction (read-only,
 * perhaps) holds a connection. A JDBC transaction manager for the sessions on the application's data source broke this
 * once (it took the request's connection): kept as a guard.
 */
@IntegrationTest
class SessionRowTransactionsTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aSessionWrittenDuringAReadOnlyTransactionOfTheRequestIsWrittenInItsOwn() {
        SessionRepository<Session> repository = (SessionRepository) sessions;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        String id = readOnly.execute(status -> {
            jdbc.queryForObject("select 1", Integer.class); // the request's transaction holds a connection
            Session session = repository.createSession();
            session.setAttribute("planTrackerProbe", "kept");
            repository.save(session);
            return session.getId();
        });

        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
                .isOne();
        repository.deleteById(id);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aSessionSavedThroughItIsCommittedAndReadBack() {
        SessionRepository<Session> repository = (SessionRepository) sessions;
        Session session = repository.createSession();
        session.setAttribute("planTrackerProbe", "kept");
        repository.save(session);

        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, session.getId()))
                .isOne();
        assertThat((String) repository.findById(session.getId()).getAttribute("planTrackerProbe"))
                .isEqualTo("kept");
        repository.deleteById(session.getId());
    }
}
