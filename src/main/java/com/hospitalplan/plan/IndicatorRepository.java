package com.hospitalplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Query("select i.planId as planId, count(i) as count from Indicator i group by i.planId")
    List<PlanCount> countPerPlan();

    @Query("select coalesce(max(i.position), 0) from Indicator i where i.planId = :planId")
    int maxPosition(Long planId);
}
