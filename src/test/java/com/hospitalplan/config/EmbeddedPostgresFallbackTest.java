package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.config.EmbeddedPostgresFallback.Choice;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * When the demo profile starts its own PostgreSQL: only when nothing answers at a configured address on this machine,
 * never as root (where PostgreSQL refuses to run) and never outside the demo profile.
 */
class EmbeddedPostgresFallbackTest {

    private final ApplicationContextRunner contexts =
            new ApplicationContextRunner().withUserConfiguration(DatabaseConfiguration.class);

    @Test
    void aClosedLocalPortInTheDemoProfileStartsTheEmbeddedServer() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/plantracker";
        Optional<InetSocketAddress> local = EmbeddedPostgresFallback.localAddress(url);

        assertThat(EmbeddedPostgresFallback.decide(local, EmbeddedPostgresFallback::answers, false))
                .isEqualTo(Choice.EMBEDDED);
        assertThat(EmbeddedPostgresFallback.decide(local, EmbeddedPostgresFallback::answers, true))
                .isEqualTo(Choice.NOT_AS_ROOT);
    }

    @Test
    void aServerThatAnswersAlwaysWins() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Optional<InetSocketAddress> local = EmbeddedPostgresFallback.localAddress(
                    "jdbc:postgresql://localhost:" + server.getLocalPort() + "/plantracker?sslmode=disable");

            assertThat(local).isPresent();
            assertThat(EmbeddedPostgresFallback.decide(local, EmbeddedPostgresFallback::answers, false))
                    .isEqualTo(Choice.CONFIGURED);
        }
    }

    @Test
    void aServerOnAnotherMachineIsNeverReplaced() {
        assertThat(EmbeddedPostgresFallback.localAddress("jdbc:postgresql://db.example.org:5432/plantracker"))
                .isEmpty();
        assertThat(EmbeddedPostgresFallback.localAddress("jdbc:postgresql://127.0.0.1:5432,10.0.0.2:5432/plantracker"))
                .isEmpty();
        assertThat(EmbeddedPostgresFallback.decide(Optional.empty(), address -> false, false))
                .isEqualTo(Choice.CONFIGURED);
    }

    @Test
    void theAddressOfALocalUrlDefaultsToPort5432() {
        assertThat(EmbeddedPostgresFallback.localAddress("jdbc:postgresql://localhost/plantracker"))
                .hasValueSatisfying(address -> {
                    assertThat(address.getPort()).isEqualTo(5432);
                    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
                });
        assertThat(EmbeddedPostgresFallback.localAddress("jdbc:postgresql://[::1]:6543/plantracker"))
                .hasValueSatisfying(address -> assertThat(address.getPort()).isEqualTo(6543));
    }

    @Test
    void onlyTheDemoProfileWithTheSettingRegistersTheFallback() {
        contexts.withPropertyValues("app.database.embedded-fallback=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
                .run(context -> assertThat(context).hasSingleBean(EmbeddedPostgresFallback.class));
        contexts.withPropertyValues("app.database.embedded-fallback=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresFallback.class));
        contexts.withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresFallback.class));
    }

    /** A port on this machine that nothing listens on (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
