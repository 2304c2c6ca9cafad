package com.hospitalplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL database of this test run (this JVM): a Testcontainers PostgreSQL where Docker answers,
 * otherwise a fresh, uniquely named database on the local server that is dropped when the run ends.
 *
 * <p>{@code TEST_DB=local} or {@code TEST_DB=testcontainers} forces a mode. The local server is reached at
 * {@code TEST_DB_HOST}/{@code TEST_DB_PORT} as {@code TEST_DB_USER} with {@code TEST_DB_PASSWORD} (defaults:
 * 127.0.0.1, 5432, postgres, none; {@code DB_PASSWORD} is used when {@code TEST_DB_PASSWORD} is not set).
 */
public final class TestDatabase {

    static final String NAME_PREFIX = "plantracker_test_";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;

    private TestDatabase(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = useTestcontainers() ? startContainer() : createLocalDatabase();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * Command-line arguments for an application started by hand (SpringApplicationBuilder): this database's
     * connection, then {@code more}.
     */
    public String[] arguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private static boolean useTestcontainers() {
        String mode = System.getenv("TEST_DB");
        if ("local".equalsIgnoreCase(mode)) {
            return false;
        }
        if ("testcontainers".equalsIgnoreCase(mode)) {
            return true;
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' own reaper when the JVM ends
    private static TestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static TestDatabase createLocalDatabase() {
        String host = env("TEST_DB_HOST", "127.0.0.1");
        String port = env("TEST_DB_PORT", "5432");
        String user = env("TEST_DB_USER", "postgres");
        String password = env("TEST_DB_PASSWORD", env("DB_PASSWORD", ""));
        String serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
        String name = NAME_PREFIX + LocalDateTime.now().format(NAME_TIME) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        try (Connection connection = connect(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create a test database on " + serverUrl + " as " + user
                            + ". Is PostgreSQL running? (pg_ctlcluster 15 main start)",
                    e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
        return new TestDatabase(serverUrl + name, user, password);
    }

    /** Removes databases of earlier runs that were killed before their shutdown hook ran (older than a day). */
    private static void dropLeftovers(Statement statement) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(NAME_TIME);
        List<String> stale = new ArrayList<>();
        try (ResultSet rows =
                statement.executeQuery("select datname from pg_database where datname like '" + NAME_PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String stamp = name.substring(NAME_PREFIX.length()).split("_")[0];
                if (stamp.compareTo(dayAgo) < 0) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection connection = connect(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection connect(String serverUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(serverUrl + "postgres", properties);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
