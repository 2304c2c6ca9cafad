package com.hospitalplan.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("select o from Organization o join fetch o.region")
    List<Organization> findAllWithRegion();
}
