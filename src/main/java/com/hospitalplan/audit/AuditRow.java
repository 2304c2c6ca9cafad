package com.hospitalplan.audit;

import java.time.LocalDateTime;

/**
 * One audit record as the administrators' page and the export show it.
 *
 * @param occurredAt in the application's time zone (China Standard Time)
 * @param actorName null: the application itself
 * @param kind an {@link AuditKind} name (a kind no longer known is shown by its name)
 */
public record AuditRow(
        long id,
        LocalDateTime occurredAt,
        String actorName,
        String clientAddress,
        String kind,
        String subjectType,
        String subjectId,
        String subjectName,
        String details) {}
