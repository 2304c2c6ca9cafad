package com.hospitalplan.audit;

import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.shared.PageLinks;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The audit page behind the real security chain, with real accounts ({@link AccountsWebSlice}) and the audit log's
 * recording of sign-ins and account changes on this run's PostgreSQL database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(AuditController.class)
@AccountsWebSlice
@Import({
    AuditLog.class,
    SignInAudit.class,
    AccountAudit.class,
    AuditRecords.class,
    AuditCsv.class,
    AuditRows.class,
    PageLinks.class
})
@interface AuditWebSlice {}
