package com.hospitalplan.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message for one person; the text is a message key with arguments, shown in the reader's language. */
@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String kind;
    private String subjectKey;
    private String messageKey;
    private String args;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {}

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String messageKey() {
        return messageKey;
    }

    String args() {
        return args;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant readAt() {
        return readAt;
    }
}
