package com.hospitalplan.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop50ByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    long countByUserIdAndReadAtIsNull(Long userId);

    boolean existsByUserIdAndKindAndSubjectKey(Long userId, String kind, String subjectKey);

    List<Notification> findByUserIdAndReadAtIsNull(Long userId);
}
