package com.hospitalplan.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    long countByDemoPasswordTrue();

    List<AppUser> findAllByOrderByUsernameAsc();

    List<AppUser> findByRoleAndEnabledTrueAndOrganizationIdIn(Role role, java.util.Collection<Long> organizationIds);
}
