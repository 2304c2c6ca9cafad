package com.hospitalplan.plan;

import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.shared.MoneyFormat;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.AccountServices;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The plan module's services (not its pages) with what they use of the modules it may depend on (and the messages its
 * target texts are written in), and the accounts and organisations to make plans with.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackageClasses = PlanService.class,
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.hospitalplan\\.plan\\.web\\..*"),
            // the configurations of this module's tests
            @ComponentScan.Filter(TestConfiguration.class)
        })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@Import({AccountServices.class, TargetService.class, LevelScales.class, MoneyFormat.class})
public class PlanServices {}
