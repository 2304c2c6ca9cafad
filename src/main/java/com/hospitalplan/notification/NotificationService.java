package com.hospitalplan.notification;

import com.hospitalplan.user.Recipient;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps notifications for people and, when SMTP is configured ({@code spring.mail.host}), e-mails them to those
 * with an address. The same kind of notice about the same subject reaches a person once.
 */
@Service
@Transactional
public class NotificationService {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationRepository notifications;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    NotificationService(
            NotificationRepository notifications,
            MessageSource messages,
            ObjectProvider<JavaMailSender> mail,
            Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
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
        for (Recipient recipient : recipients) {
            if (notifications.existsByUserIdAndKindAndSubjectKey(recipient.userId(), kind, subjectKey)) {
                continue;
            }
            notifications.save(new Notification(
                    recipient.userId(), kind, subjectKey, messageKey, storedArgs, link, clock.instant()));
            if (recipient.email() != null && !recipient.email().isBlank()) {
                email(recipient.email(), messageKey, args);
            }
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

    @Transactional(readOnly = true)
    public long unread(Long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    public void markAllRead(Long userId) {
        notifications.findByUserIdAndReadAtIsNull(userId).forEach(n -> n.markRead(clock.instant()));
    }

    private void email(String address, String messageKey, List<String> args) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(address);
        message.setSubject(messages.getMessage("app.name", null, MAIL_LOCALE));
        message.setText(text(messageKey, args, MAIL_LOCALE));
        try {
            sender.send(message);
        } catch (MailException e) {
            // the notification is kept in the application; a mail server outage must not undo a review
            org.slf4j.LoggerFactory.getLogger(NotificationService.class).warn("Could not e-mail {}", address, e);
        }
    }

    private String text(String messageKey, List<String> args, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }

    private List<String> args(String stored) {
        return json.readValue(stored, new TypeReference<List<String>>() {});
    }
}
