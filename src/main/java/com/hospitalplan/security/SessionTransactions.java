package com.hospitalplan.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Session reads and writes the session row of every request in a transaction of its own. Left alone it takes
 * the application's transaction manager, JPA's, which opens a Hibernate session for those two plain SQL statements:
 * about a tenth of a dashboard request's CPU at province scale (docs/performance.md). The sessions get a plain JDBC
 * transaction manager instead, on the same pool.
 *
 * <p>The pool is reached through a data source of the sessions' own, a plain delegate: a session may be written while
 * the request's (JPA, perhaps read-only) transaction holds a connection of the pool, and a JDBC transaction manager on
 * the very same data source would take that connection as its own and write the session row in that transaction. With
 * its own data source it takes a connection of its own, as Spring Session's new transaction did with JPA's.
 *
 * <p>Neither bean is a default candidate: each is injected only where Spring Session's qualifier asks for it, so every
 * other transaction and data source user, and Boot's auto-configured ones, stay as they are.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

    @Bean(defaultCandidate = false)
    @SpringSessionDataSource
    DataSource sessionDataSource(DataSource dataSource) {
        return new DelegatingDataSource(dataSource);
    }

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(@SpringSessionDataSource DataSource sessionDataSource) {
        return new JdbcTransactionManager(sessionDataSource);
    }
}
