package com.hospitalplan.user;

import com.hospitalplan.config.AppProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the application outside the demo profile while any account still has the published demo
 * password: such an account would be open to anyone who has read the README.
 */
@Component
class DemoPasswordGuard implements InitializingBean {

    private final AppUserRepository users;
    private final boolean demoAccountsAllowed;

    DemoPasswordGuard(AppUserRepository users, AppProperties properties) {
        this.users = users;
        this.demoAccountsAllowed = properties.demo().accountsAllowed();
    }

    @Override
    public void afterPropertiesSet() {
        check();
    }

    void check() {
        if (demoAccountsAllowed) {
            return;
        }
        long accounts = users.countByDemoPasswordTrue();
        if (accounts > 0) {
            throw new IllegalStateException(accounts + " account(s) still have the demo password. Change their "
                    + "passwords (or start with the 'demo' profile) before running in production.");
        }
    }
}
