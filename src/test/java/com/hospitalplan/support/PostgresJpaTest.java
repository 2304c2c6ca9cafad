package com.hospitalplan.support;

import com.hospitalplan.cluster.ClusterChanges;
import com.hospitalplan.organization.OrganizationService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A {@code @DataJpaTest} slice (entities, repositories, Flyway; each test rolled back) on this run's real PostgreSQL
 * database, never an in-memory one. The demo profile keeps the migrations the same as the full-application tests
 * sharing the database, whichever of them migrates it first. The organisation mother is there to make regions and
 * organisations for the rows under test (with what the organisation service announces its changes through).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("demo")
@Import({TestDatabaseConfiguration.class, OrganizationService.class, ClusterChanges.class, TestOrganizations.class})
public @interface PostgresJpaTest {}
