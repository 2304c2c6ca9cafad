package com.hospitalplan.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to send, written in the caller's transaction: it exists only if the notification it tells of was committed.
 * {@link MailOutboxSender} sends it after commit. Without SMTP ({@code spring.mail.host} unset) nothing is written:
 * a mail that no instance can send would only pile up.
 */
@Component
class MailOutbox {

    /** Told after a row was written, so that the instance that commits it sends it at once. */
    record MailQueued() {}

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicationEventPublisher events;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.events = events;
    }

    /** Whether mail is sent at all. */
    boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(String recipient, String subject, String body) {
        jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:recipient, :subject, :body)")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .update();
        events.publishEvent(new MailQueued());
    }
}
