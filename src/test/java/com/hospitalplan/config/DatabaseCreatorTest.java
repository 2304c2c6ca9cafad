package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Runs against the test run's PostgreSQL server: creates a database that is not there yet, then drops it. */
class DatabaseCreatorTest {

    private final TestDatabase server = TestDatabase.get();

    @Test
    void createsTheDatabaseWhenItIsMissingAndLeavesAnExistingOneAlone() throws SQLException {
        String name = "plantracker_creator_" + System.nanoTime();
        String url = server.jdbcUrl().replaceFirst("/[A-Za-z0-9_]+(\\?.*)?$", "/" + name);
        try {
            DatabaseCreator.createIfMissing(url, server.username(), server.password());
            assertThat(databaseExists(name)).isTrue();

            DatabaseCreator.createIfMissing(url, server.username(), server.password());
            assertThat(databaseExists(name)).isTrue();
        } finally {
            try (Connection connection = maintenanceConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private boolean databaseExists(String name) throws SQLException {
        try (Connection connection = maintenanceConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select count(*) from pg_database where datname = '" + name + "'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    private Connection maintenanceConnection() throws SQLException {
        String url = server.jdbcUrl().replaceFirst("/[A-Za-z0-9_]+(\\?.*)?$", "/postgres");
        return DriverManager.getConnection(url, server.username(), server.password());
    }
}
