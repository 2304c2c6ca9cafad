package com.hospitalplan.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the application's PostgreSQL database before anything connects to it, so that a fresh machine starts
 * with one command. Only registered when {@code app.database.create-if-missing} is true (the demo profile).
 */
class DatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return bean;
    }

    static void createIfMissing(String jdbcUrl, String username, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            log.warn("Not creating the database: unsupported JDBC URL {}", jdbcUrl);
            return;
        }
        String database = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        Properties credentials = new Properties();
        if (username != null) {
            credentials.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    // The name is restricted to [A-Za-z0-9_] by the pattern above, so quoting is safe.
                    statement.execute("create database \"" + database + "\" encoding 'UTF8'");
                }
                log.info("Created database {}", database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " at " + maintenanceUrl, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
