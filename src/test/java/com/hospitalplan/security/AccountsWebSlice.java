package com.hospitalplan.security;

import com.hospitalplan.home.ToDoCounts;
import com.hospitalplan.notification.NotificationService;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.TestSupportConfiguration;
import com.hospitalplan.user.AccountServices;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.AutoConfigureDataJpa;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Put beside {@code @WebMvcTest}: the application's real security chain in front of real accounts, that is the user
 * module's services ({@link AccountServices}) on this run's PostgreSQL database (Flyway-migrated with the demo data, as
 * for the full-application tests; nothing is rolled back, so tests make their own accounts with the mothers). Only the
 * notifications and to-do counts the page layout shows are mocked; responses are checked for leaked internals as in
 * the full application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureDataJpa
@AutoConfigureJdbc
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("demo")
@Import({SecurityConfiguration.class, TestSupportConfiguration.class, AccountServices.class})
@MockitoBean(types = {NotificationService.class, ToDoCounts.class, ReportPages.class})
public @interface AccountsWebSlice {}
