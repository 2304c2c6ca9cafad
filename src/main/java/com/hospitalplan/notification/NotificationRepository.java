package com.hospitalplan.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop50ByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    long countByUserIdAndReadAtIsNull(Long userId);

    /**
     * Adds the notification unless the user already has one of this kind about this subject; returns 1 when added.
     * One statement, so that two instances reminding at once cannot both add it (nor fail on the unique key).
     */
    @Modifying
    @Query(value = """
                    insert into notification (user_id, kind, subject_key, message_key, args, link, created_at)
                    values (:userId, :kind, :subjectKey, :messageKey, :args, :link, :createdAt)
                    on conflict (user_id, kind, subject_key) do nothing
                    """, nativeQuery = true)
    int addIfAbsent(
            Long userId,
            String kind,
            String subjectKey,
            String messageKey,
            String args,
            String link,
            Instant createdAt);

    List<Notification> findByUserIdAndReadAtIsNull(Long userId);
}
