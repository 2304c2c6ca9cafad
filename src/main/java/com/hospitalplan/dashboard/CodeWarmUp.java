package com.hospitalplan.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A restarted instance's code is cold: compiled only as requests come, its first minute of pages took two to three times
 * as long as later ones (docs/performance.md, restart run). So before an instance that another one covers for takes
 * traffic, it visits itself over the loopback address: the sign-in page, whose request passes what every page passes
 * (the servlet container, the security filters, the session store in PostgreSQL, the controller dispatch, the layout and
 * the template engine), many times, in one session. The visits carry a token only this process knows, so that
 * {@link WarmingInstanceFilter} lets them in while it sends everybody else's requests to the warm instance. Nothing but
 * the public sign-in page is visited: the visits sign nobody in and see no data.
 */
@Component
class CodeWarmUp {

    static final String TOKEN_HEADER = "X-Plan-Tracker-Warm-Up";

    private static final Logger LOG = LoggerFactory.getLogger(CodeWarmUp.class);
    private static final int VISITORS = 2;

    private final String token = newToken();
    private volatile URI signInPage;

    @EventListener
    void on(ServletWebServerInitializedEvent event) {
        String contextPath = event.getApplicationContext().getServletContext().getContextPath();
        signInPage = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + contextPath + "/login");
    }

    /** Whether a request is one of this instance's own warm-up visits (its token, from the loopback address). */
    boolean isOwnVisit(HttpServletRequest request) {
        String presented = request.getHeader(TOKEN_HEADER);
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))
                && fromLoopback(request);
    }

    /**
     * Visits the sign-in page until {@code visits} were made or {@code budget} has passed, two at a time.
     *
     * @return how many visits were answered 200; 0 when the web server is not up (tests without one)
     */
    int visit(int visits, Duration budget) {
        URI page = signInPage;
        if (page == null || visits <= 0) {
            return 0;
        }
        long deadline = System.nanoTime() + budget.toNanos();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest request = HttpRequest.newBuilder(page)
                .header(TOKEN_HEADER, token)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        // the first visit alone: it makes the one session the others share
        AtomicInteger started = new AtomicInteger(1);
        AtomicInteger answered = new AtomicInteger(visitOnce(client, request) ? 1 : 0);
        ExecutorService visitors = Executors.newFixedThreadPool(VISITORS, runnable -> {
            Thread thread = new Thread(runnable, "code-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < VISITORS; i++) {
            visitors.execute(() -> {
                while (started.incrementAndGet() <= visits && System.nanoTime() < deadline) {
                    if (visitOnce(client, request)) {
                        answered.incrementAndGet();
                    }
                }
            });
        }
        visitors.shutdown();
        try {
            visitors.awaitTermination(budget.toMillis() + 15_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        visitors.shutdownNow();
        LOG.info("Warmed the code up with {} visits of {}", answered.get(), page.getPath());
        return answered.get();
    }

    private static boolean visitOnce(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
