package com.hospitalplan.notification;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.user.Recipient;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps notifications for people and, when SMTP is configured ({@code spring.mail.host}), e-mails them to those
 * with an address through the {@link MailOutbox}: the mail is sent only once the notification is committed. The same
 * kind of notice about the same subject reaches a person once, even when two instances make it at the same time.
 */
@Service
@Transactional
public class NotificationService {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationRepository notifications;
    private final MessageSource messages;
    private final MailOutbox mail;
    private final Clock clock;
    private final AppProperties app;
    private final UnreadCounts unreadCounts;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationService(
            NotificationRepository notifications,
            MessageSource messages,
            MailOutbox mail,
            Clock clock,
            AppProperties app,
            UnreadCounts unreadCounts) {
        this.notifications = notifications;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
        this.app = app;
        this.unreadCounts = unreadCounts;
    }

    /**
     * Notifies each recipient once per kind and subject.
     *
     * @param args the message's arguments, all text
     */
    public void notify(
            List<Recipient> recipients,
            String kind,
            String subjectKey,
            String messageKey,
            List<String> args,
            String link) {
        String storedArgs = json.writeValueAsString(args);
        boolean anyAdded = false;
        for (Recipient recipient : recipients) {
            boolean added = notifications.addIfAbsent(
                            recipient.userId(), kind, subjectKey, messageKey, storedArgs, link, clock.instant())
                    == 1;
            anyAdded |= added;
            if (added && recipient.email() != null && !recipient.email().isBlank() && mail.enabled()) {
                mail.queue(
                        recipient.email(),
                        messages.getMessage("app.name", null, MAIL_LOCALE),
                        mailBody(messageKey, args, link));
            }
        }
        if (anyAdded) {
            unreadCounts.changing();
        }
    }

    @Transactional(readOnly = true)
    public List<NotificationView> recent(Long userId, Locale locale) {
        return notifications.findTop50ByUserIdOrderByCreatedAtDescIdDesc(userId).stream()
                .map(n -> new NotificationView(
                        n.id(),
                        text(n.messageKey(), args(n.args()), locale),
                        n.link(),
                        n.createdAt(),
                        n.readAt() == null))
                .toList();
    }

    /** How many of the person's notifications are unread, from memory where known ({@link UnreadCounts}). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // kept counts: a transaction only to count
    public long unread(Long userId) {
        return unreadCounts.of(userId, () -> notifications.countByUserIdAndReadAtIsNull(userId));
    }

    public void markAllRead(Long userId) {
        var unread = notifications.findByUserIdAndReadAtIsNull(userId);
        unread.forEach(n -> n.markRead(clock.instant()));
        if (!unread.isEmpty()) {
            unreadCounts.changing();
        }
    }

    /** The notice and, where it links to a page, that page's address at the configured public base URL. */
    private String mailBody(String messageKey, List<String> args, String link) {
        String text = text(messageKey, args, MAIL_LOCALE);
        if (link == null || link.isBlank()) {
            return text;
        }
        return text + "\n\n"
                + messages.getMessage("notification.mail.link", new Object[] {app.publicUrl(link)}, MAIL_LOCALE);
    }

    private String text(String messageKey, List<String> args, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }

    private List<String> args(String stored) {
        return json.readValue(stored, new TypeReference<List<String>>() {});
    }
}
