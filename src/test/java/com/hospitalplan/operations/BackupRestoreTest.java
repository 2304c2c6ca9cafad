package com.hospitalplan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documented backup (docs/operations/backup.md): deploy/backup/backup.sh dumps this run's database with the
 * operating system's pg_dump, deploy/backup/restore.sh restores the dump into a fresh database, and every plan and
 * report is there, row for row (count and checksum of each plan and report table).
 */
@IntegrationTest
class BackupRestoreTest {

    /** The plan and its parts, the reports and theirs. */
    private static final List<String> TABLES = List.of(
            "plan",
            "goal",
            "indicator",
            "milestone",
            "budget_line",
            "reporting_period",
            "report",
            "report_value",
            "report_milestone",
            "report_spending",
            "report_history");

    @Autowired
    ScratchPlans scratchPlans;

    @TempDir
    Path directory;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsEveryPlanAndReport() throws Exception {
        ScratchPlans.Reported submitted = scratchPlans.submittedReport();
        scratchPlans.draftReport(scratchPlans.publishedPlan());

        TestDatabase database = TestDatabase.get();
        URI source = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String sourceName = source.getPath().substring(1);
        String restoredName = sourceName + "_restored";
        Map<String, String> before = fingerprints(database.jdbcUrl());
        assertThat(before.get("report")).as("the reports made here").doesNotStartWith("0 ");

        Path dump = directory.resolve("plantracker.dump");
        String written = run("deploy/backup/backup.sh", environment(database, source, sourceName), dump.toString());
        assertThat(written.strip()).endsWith(dump.toString());
        assertThat(dump).isNotEmptyFile();

        String serverUrl = "jdbc:postgresql://" + source.getHost() + ":" + source.getPort() + "/";
        try {
            run("deploy/backup/restore.sh", environment(database, source, restoredName), dump.toString());
            Map<String, String> after = fingerprints(serverUrl + restoredName);
            assertThat(after).isEqualTo(before);
            assertThat(count(
                            serverUrl + restoredName, "select count(*) from report where id = " + submitted.reportId()))
                    .isEqualTo(1);

            // never over an existing database
            Process again =
                    start("deploy/backup/restore.sh", environment(database, source, restoredName), dump.toString());
            assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isEqualTo(3);
        } finally {
            try (Connection connection = DriverManager.getConnection(
                            serverUrl + "postgres", database.username(), database.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + restoredName + " with (force)");
            }
        }
    }

    /** Each table's row count and an md5 of all its rows as text, in a fixed order. */
    private static Map<String, String> fingerprints(String jdbcUrl) throws SQLException {
        TestDatabase database = TestDatabase.get();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, database.username(), database.password());
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text,"
                        + " '|' order by t::text)), '') from " + table + " t")) {
                    row.next();
                    fingerprints.put(table, row.getString(1));
                }
            }
        }
        return fingerprints;
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, database.username(), database.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, String> environment(TestDatabase database, URI server, String name) {
        return Map.of(
                "DB_HOST", server.getHost(),
                "DB_PORT", String.valueOf(server.getPort()),
                "DB_NAME", name,
                "DB_USER", database.username(),
                "DB_PASSWORD", database.password() == null ? "" : database.password());
    }

    private static String run(String script, Map<String, String> environment, String argument)
            throws IOException, InterruptedException {
        Process process = start(script, environment, argument);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(script).isTrue();
        assertThat(process.exitValue()).as(script + ": " + output).isZero();
        return output;
    }

    private static Process start(String script, Map<String, String> environment, String argument) throws IOException {
        assertThat(Files.isExecutable(Path.of(script))).as(script).isTrue();
        ProcessBuilder builder = new ProcessBuilder("bash", script, argument).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }
}
