package com.hospitalplan.user;

import com.hospitalplan.cluster.ClusterChanges;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.organization.OrganizationFinder;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.shared.PageLinks;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The user module's services (sign-in with its throttling, accounts, API tokens) and the organisation service they read,
 * with the account and organisation mothers: what a slice needs to make real accounts and sign them in.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppProperties.class)
@Import({
    SignInService.class,
    SignInThrottle.class,
    FormSignIn.class,
    UserService.class,
    ApiTokenService.class,
    OrganizationService.class,
    OrganizationFinder.class,
    PageLinks.class,
    ClusterChanges.class,
    TestOrganizations.class,
    TestAccounts.class
})
public class AccountServices {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
