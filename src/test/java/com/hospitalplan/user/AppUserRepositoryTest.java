package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.PostgresJpaTest;
import com.hospitalplan.support.TestOrganizations;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts as stored in PostgreSQL, in organisations made by the organisation mother. */
@PostgresJpaTest
class AppUserRepositoryTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    EntityManager entityManager;

    private TestOrganizations.Tree tree;

    @BeforeEach
    void organisations() {
        tree = organizations.tree();
    }

    @Test
    void anAccountIsFoundByItsUsername() {
        users.save(new AppUser("repo-zhang", "{noop}x", "张医生", Role.REPORTER, tree.hospitalId()));
        entityManager.flush();
        entityManager.clear();

        assertThat(users.findByUsername("repo-zhang")).hasValueSatisfying(user -> {
            assertThat(user.displayName()).isEqualTo("张医生");
            assertThat(user.organizationId()).isEqualTo(tree.hospitalId());
            assertThat(user.enabled()).isTrue();
        });
        assertThat(users.findByUsername("repo-nobody")).isEmpty();
    }

    @Test
    void theReportersToTellAreTheEnabledReportersOfTheGivenOrganisations() {
        AppUser hospitalReporter = reporter("repo-a", tree.hospitalId());
        AppUser departmentReporter = reporter("repo-b", tree.departmentId());
        AppUser disabled = reporter("repo-c", tree.hospitalId());
        disabled.describe("停用", null, Role.REPORTER, tree.hospitalId(), false);
        reporter("repo-d", tree.otherHospitalId());
        users.save(new AppUser("repo-e", "{noop}x", "审核", Role.REVIEWER, tree.hospitalId()));
        entityManager.flush();

        List<AppUser> found = users.findByRoleAndEnabledTrueAndOrganizationIdIn(
                Role.REPORTER, List.of(tree.hospitalId(), tree.departmentId()));

        assertThat(found)
                .extracting(AppUser::id)
                .containsExactlyInAnyOrder(hospitalReporter.id(), departmentReporter.id());
    }

    @Test
    void accountsAreListedByUsername() {
        reporter("repo-z", tree.hospitalId());
        reporter("repo-m", tree.hospitalId());
        entityManager.flush();

        List<String> names = users.findAllByOrderByUsernameAsc().stream()
                .map(AppUser::username)
                .filter(name -> name.startsWith("repo-"))
                .toList();

        assertThat(names).containsExactly("repo-m", "repo-z");
    }

    private AppUser reporter(String username, long organizationId) {
        return users.save(new AppUser(username, "{noop}x", "填报人", Role.REPORTER, organizationId));
    }
}
