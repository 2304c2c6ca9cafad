package com.hospitalplan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled jobs run once per schedule however many instances are up (docs/decisions/0012). */
@AnalyzeClasses(packages = "com.hospitalplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule everyScheduledJobTakesALock = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .because("every instance schedules the job; the lock lets one of them run it");
}
