package com.hospitalplan.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Session reads and writes the session row of every request in a transaction of its own. Left alone it takes
 * the application's transaction manager, JPA's, which opens a Hibernate session for those two plain SQL statements:
 * about a tenth of a dashboard request's CPU at province scale (docs/performance.md). The sessions get a plain JDBC
 * transaction manager on the same pool instead.
 *
 * <p>It is not a default candidate: injected only where {@link SpringSessionTransactionManager} asks for it, so every
 * other transaction, and Boot's auto-configured JPA transaction manager and transaction template, stay as they are.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
