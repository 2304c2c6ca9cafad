package com.hospitalplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.user.Recipient;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The mail a notice sends links to its page at the configured public address ({@code app.public-base-url}), never at
 * whatever Host a request named. Without Spring: the service over mocks of its storage and outbox.
 */
class NotificationMailTest {

    private final NotificationRepository notifications = mock(NotificationRepository.class);
    private final MailOutbox outbox = mock(MailOutbox.class);
    private final UnreadCounts unreadCounts = mock(UnreadCounts.class);

    @Test
    void theMailLinksToThePageAtThePublicBaseUrl() {
        String body = mailFor("https://plans.example.org/tracker/", "/reports/12");

        assertThat(body).startsWith("“十四五规划”的进度报告已审核通过。").endsWith("查看详情：https://plans.example.org/tracker/reports/12");
    }

    @Test
    void aNoticeWithoutAPageMailsItsTextAlone() {
        assertThat(mailFor("https://plans.example.org", null)).isEqualTo("“十四五规划”的进度报告已审核通过。");
    }

    private String mailFor(String publicBaseUrl, String link) {
        given(notifications.addIfAbsent(any(), anyString(), anyString(), anyString(), anyString(), any(), any()))
                .willReturn(1);
        given(outbox.enabled()).willReturn(true);
        NotificationService service = new NotificationService(
                notifications, messages(), outbox, Clock.systemUTC(), app(publicBaseUrl), unreadCounts);

        service.notify(
                List.of(new Recipient(7L, "王主任", "wang@hospital.example.org")),
                "APPROVED",
                "report-12",
                "notification.approved",
                List.of("十四五规划"),
                link);

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(outbox).queue(eq("wang@hospital.example.org"), anyString(), body.capture());
        return body.getValue();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AppProperties app(String publicBaseUrl) {
        return new AppProperties(null, null, null, null, null, URI.create(publicBaseUrl));
    }
}
