package com.hospitalplan.notification;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the mail outbox: at once on the instance whose transaction wrote the mail (after its commit, off the request's
 * thread), and every 30 seconds on one instance for retries and for mail whose instance stopped before sending it.
 *
 * <p>Each row is claimed before it is sent, in one statement that skips rows another instance is claiming, so no two
 * senders send the same row. A claim lasts {@link #CLAIM}: a row whose sender died while sending is sent again after
 * that (the one case where a mail may arrive twice; losing it would be worse). A failed send is retried with growing
 * pauses, at most {@link #MAX_ATTEMPTS} times; a mail server outage never undoes what the mail tells of.
 */
@Component
class MailOutboxSender {

    static final int MAX_ATTEMPTS = 10;
    static final String CLAIM = "10 minutes";
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private record Mail(long id, String recipient, String subject, String body) {}

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    MailOutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void mailQueued(MailOutbox.MailQueued event) {
        afterCommit.execute(this::sendDue);
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    @SchedulerLock(name = "mailOutbox", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void sweep() {
        sendDue();
    }

    /** Every day: forget mail sent more than 30 days ago. */
    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "mailOutboxPurge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void purgeSent() {
        jdbc.sql("delete from mail_outbox where sent_at < now() - interval '30 days'")
                .update();
    }

    /** Claims and sends the mail that is due, batch by batch; returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<Mail> batch;
        do {
            batch = claim();
            for (Mail row : batch) {
                if (send(sender, row)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdown();
    }

    private List<Mail> claim() {
        return jdbc.sql("""
                        update mail_outbox
                           set claimed_until = now() + interval '%s', attempts = attempts + 1
                         where id in (select id from mail_outbox
                                       where sent_at is null and attempts < :maxAttempts
                                         and next_attempt_at <= now()
                                         and (claimed_until is null or claimed_until < now())
                                       order by id
                                       limit :batch
                                       for update skip locked)
                        returning id, recipient, subject, body
                        """.formatted(CLAIM))
                .param("maxAttempts", MAX_ATTEMPTS)
                .param("batch", BATCH)
                .query(Mail.class)
                .list();
    }

    private boolean send(JavaMailSender sender, Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not e-mail {}; will try again", mail.recipient(), e);
            jdbc.sql("""
                            update mail_outbox
                               set claimed_until = null, last_error = left(:error, 2000),
                                   next_attempt_at = now() + make_interval(mins => least(60, power(2, attempts)::int))
                             where id = :id
                            """)
                    .param("error", String.valueOf(e.getMessage()))
                    .param("id", mail.id())
                    .update();
            return false;
        }
        jdbc.sql("update mail_outbox set sent_at = now(), claimed_until = null, last_error = null where id = :id")
                .param("id", mail.id())
                .update();
        return true;
    }
}
