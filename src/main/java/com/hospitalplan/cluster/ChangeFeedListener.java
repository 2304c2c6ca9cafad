package com.hospitalplan.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hears the other instances' changes: on a connection of its own (not one of the pool, which it would hold for
 * ever), it listens for the change feed's notices and reads the feed on each one, and every
 * {@link ClusterProperties#pollInterval()} anyway; each row another instance wrote is published here as a
 * {@link ClusterChange}. When the connection is lost it connects again, waiting longer after each failure, and
 * catches up from the last row it read. It starts from the newest row when the application starts, since nothing is
 * in memory yet.
 */
@Component
class ChangeFeedListener implements SmartLifecycle {

    static final String CHANNEL = "plan_tracker_changes";

    /** How the listening connection is named in {@code pg_stat_activity}, followed by the instance id. */
    static final String APPLICATION_NAME = "plan-tracker changes ";

    /**
     * What follows the instance id in that name once the instance serves ({@link ClusterMembers}); short, as names
     * are cut at 63 bytes.
     */
    static final String SERVING = " up";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedListener.class);

    private final JdbcConnectionDetails database;
    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;
    private final String instanceId;
    private final JdbcTemplate jdbc;

    private volatile boolean running;
    private volatile long lastSeen;
    private volatile Connection connection;
    private volatile boolean serving;
    private boolean namedServing;
    private ChangeFeedCursor cursor;
    private Thread thread;

    ChangeFeedListener(
            JdbcConnectionDetails database,
            ApplicationEventPublisher events,
            ClusterProperties properties,
            ClusterChanges changes,
            JdbcTemplate jdbc) {
        this.database = database;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.instanceId = changes.instanceId();
    }

    /**
     * Listens before the application takes requests, so that no change committed after that is missed; when the
     * database does not answer, the listening thread keeps trying and then empties every cache.
     */
    @Override
    public synchronized void start() {
        running = true;
        try {
            connection = listen();
            cursor = new ChangeFeedCursor(instanceId, newestId(connection), properties.gapPatience());
        } catch (SQLException e) {
            LOG.warn("Not listening to the other instances' changes yet: {}", e.getMessage());
            abort(connection);
            connection = null;
        }
        thread = new Thread(this::run, "change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread listening;
        synchronized (this) {
            running = false;
            listening = thread;
            abort(connection);
        }
        try {
            listening.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Listens before the web server takes requests, and until it has stopped. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration delay = properties.reconnectDelay();
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    LOG.info("Listening to the other instances' changes again");
                    delay = properties.reconnectDelay();
                }
                if (cursor == null) {
                    cursor = new ChangeFeedCursor(instanceId, newestId(connection), properties.gapPatience());
                    publish(List.of(ClusterChange.EVERYTHING));
                }
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warn(
                        "Lost the connection that hears the other instances' changes ({}); connecting again in {}",
                        e.getMessage(),
                        delay);
                abort(connection);
                connection = null;
                if (!sleep(delay)) {
                    break;
                }
                delay = min(delay.multipliedBy(2), properties.maxReconnectDelay());
            }
        }
        abort(connection);
    }

    /** Reads the feed, then again after each notice or poll interval, until stopped or the connection fails. */
    private void follow(Connection listening) throws SQLException {
        PGConnection notices = listening.unwrap(PGConnection.class);
        int wait = Math.toIntExact(properties.pollInterval().toMillis());
        while (running) {
            read(listening);
            if (serving && !namedServing) {
                name(listening);
            }
            notices.getNotifications(wait);
        }
    }

    /**
     * This instance serves: its listening connection is named so (by the listening thread, which alone uses the
     * connection, woken by a notice at once).
     */
    void serving() {
        serving = true;
        jdbc.execute("select pg_notify('" + CHANNEL + "', '')");
    }

    private void name(Connection listening) throws SQLException {
        try (PreparedStatement rename = listening.prepareStatement("select set_config('application_name', ?, false)")) {
            rename.setString(1, applicationName());
            rename.execute();
        }
        namedServing = true;
    }

    private String applicationName() {
        return APPLICATION_NAME + instanceId + (serving ? SERVING : "");
    }

    private void read(Connection listening) throws SQLException {
        List<ChangeFeedCursor.Row> rows = new ArrayList<>();
        try (PreparedStatement select = listening.prepareStatement(
                "select id, topic, subject, origin from change_feed where id > ? or id = any(?) order by id")) {
            Array gaps = listening.createArrayOf("bigint", cursor.gaps().toArray());
            select.setLong(1, cursor.lastSeen());
            select.setArray(2, gaps);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(new ChangeFeedCursor.Row(
                            found.getLong(1), found.getString(2), found.getString(3), found.getString(4)));
                }
            }
        }
        Long oldest = singleLong(listening, "select min(id) from change_feed");
        publish(cursor.advance(rows, oldest, Instant.now()));
        lastSeen = cursor.lastSeen();
    }

    /** The newest change this instance has taken into account (and published, when another instance made it). */
    long lastSeen() {
        return lastSeen;
    }

    /** Hands each change to this instance's listeners; one that fails does not keep the others from theirs. */
    private void publish(List<ClusterChange> changes) {
        for (ClusterChange change : changes) {
            try {
                events.publishEvent(change);
            } catch (RuntimeException e) {
                LOG.error("A copy kept in memory was not brought up to date after {}", change, e);
            }
        }
    }

    private Connection listen() throws SQLException {
        Properties settings = new Properties();
        if (database.getUsername() != null) {
            settings.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null && !database.getPassword().isEmpty()) {
            settings.setProperty("password", database.getPassword());
        }
        namedServing = serving;
        settings.setProperty("ApplicationName", applicationName());
        settings.setProperty("tcpKeepAlive", "true");
        // A read of the feed on a connection that silently died fails instead of waiting for ever.
        settings.setProperty("socketTimeout", "30");
        Connection opened = DriverManager.getConnection(database.getJdbcUrl(), settings);
        try (Statement listen = opened.createStatement()) {
            listen.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            abort(opened);
            throw e;
        }
        return opened;
    }

    private static long newestId(Connection listening) throws SQLException {
        Long newest = singleLong(listening, "select max(id) from change_feed");
        return newest == null ? 0 : newest;
    }

    private static Long singleLong(Connection listening, String sql) throws SQLException {
        try (Statement statement = listening.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            long value = result.getLong(1);
            return result.wasNull() ? null : value;
        }
    }

    /** Closes the connection at once, even while the listening thread waits on it. */
    private static void abort(Connection listening) {
        if (listening == null) {
            return;
        }
        try {
            listening.abort(Runnable::run);
        } catch (SQLException e) {
            LOG.debug("Closing the listening connection: {}", e.getMessage());
        }
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
