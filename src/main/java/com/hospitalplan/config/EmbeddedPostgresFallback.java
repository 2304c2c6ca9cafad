package com.hospitalplan.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The demo profile's PostgreSQL of last resort: when no server answers at the configured address on this machine,
 * starts an embedded real PostgreSQL (zonky's binaries from Maven Central) on that very address, with its data kept
 * in {@code ~/.plan-tracker/postgres}, before anything connects. The application then runs unchanged (the database
 * creator makes {@code plantracker} in it) and the server stops with the application. A server that answers always
 * wins, so does a configured host on another machine, and only the demo profile registers this at all
 * ({@link DatabaseConfiguration}).
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}); as root this only says so in the log.
 */
class EmbeddedPostgresFallback implements BeanPostProcessor, DisposableBean {

    /** What to do about the configured database. */
    enum Choice {
        /** Use the configured server: it answers, or it is not on this machine, or the URL is not a plain one. */
        CONFIGURED,
        /** Nothing answers at the configured local address: start the embedded server there. */
        EMBEDDED,
        /** Nothing answers, but this process runs as root, where PostgreSQL refuses to start. */
        NOT_AS_ROOT
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresFallback.class);
    private static final Pattern LOCAL_URL =
            Pattern.compile("^jdbc:postgresql://(localhost|127\\.0\\.0\\.1|\\[::1\\])(?::(\\d+))?/[^,]*$");
    private static final int DEFAULT_PORT = 5432;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Path dataDirectory;
    private final Path binariesDirectory;
    private EmbeddedPostgres server;

    EmbeddedPostgresFallback(Path home) {
        this.dataDirectory = home.resolve(".plan-tracker/postgres");
        this.binariesDirectory = home.resolve(".plan-tracker/postgres-binaries");
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && server == null) {
            startIfNothingAnswers(dataSource.getJdbcUrl());
        }
        return bean;
    }

    private void startIfNothingAnswers(String jdbcUrl) {
        Optional<InetSocketAddress> local = localAddress(jdbcUrl);
        boolean root = "root".equals(System.getProperty("user.name"));
        switch (decide(local, EmbeddedPostgresFallback::answers, root)) {
            case CONFIGURED -> {}
            case NOT_AS_ROOT ->
                log.warn(
                        "No PostgreSQL answers at {} and the demo profile's embedded PostgreSQL was not started: "
                                + "this process runs as root, and PostgreSQL refuses to run as root. Start a "
                                + "PostgreSQL server at that address, or run the application as an ordinary user.",
                        describe(local.orElseThrow()));
            case EMBEDDED -> start(local.orElseThrow());
        }
    }

    /**
     * The decision alone: {@code answers} says whether a server accepts connections at an address. Only a local
     * address ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) that nothing answers on is taken over.
     */
    static Choice decide(Optional<InetSocketAddress> local, Predicate<InetSocketAddress> answers, boolean root) {
        if (local.isEmpty() || answers.test(local.get())) {
            return Choice.CONFIGURED;
        }
        return root ? Choice.NOT_AS_ROOT : Choice.EMBEDDED;
    }

    /** The address of a JDBC URL naming one server on this machine; empty for any other URL. */
    static Optional<InetSocketAddress> localAddress(String jdbcUrl) {
        Matcher url = LOCAL_URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!url.matches()) {
            return Optional.empty();
        }
        int port = url.group(2) == null ? DEFAULT_PORT : Integer.parseInt(url.group(2));
        try {
            InetAddress host = url.group(1).equals("localhost")
                    ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(url.group(1).replace("[", "").replace("]", ""));
            return Optional.of(new InetSocketAddress(host, port));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether anything accepts a TCP connection at {@code address} within two seconds. */
    static boolean answers(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void start(InetSocketAddress address) {
        log.info(
                "No PostgreSQL answers at {}: the demo profile starts an embedded PostgreSQL there, with its data in {}",
                describe(address),
                dataDirectory);
        try {
            server = EmbeddedPostgres.builder()
                    .setPort(address.getPort())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("synchronous_commit", "on")
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    // Stopped by the application context (destroy), after the connection pool has closed
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
        log.info(
                "Embedded PostgreSQL is running at {} (data in {}); it stops with the application",
                describe(address),
                dataDirectory);
    }

    @Override
    public void destroy() throws IOException {
        if (server != null) {
            log.info("Stopping the embedded PostgreSQL");
            server.close();
            server = null;
        }
    }

    private static String describe(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
