package com.hospitalplan.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegionRepository extends JpaRepository<Region, String> {

    /** Corrects a region's code; the foreign keys (V24: on update cascade) carry it into everything naming it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update region set code = :newCode where code = :code", nativeQuery = true)
    int changeCode(@Param("code") String code, @Param("newCode") String newCode);
}
