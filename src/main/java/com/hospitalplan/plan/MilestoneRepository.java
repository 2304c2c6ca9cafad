package com.hospitalplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByPlanIdOrderByDueYearAscPositionAscIdAsc(Long planId);

    @Query("select coalesce(max(m.position), 0) from Milestone m where m.planId = :planId")
    int maxPosition(Long planId);
}
