package com.hospitalplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Query("select g.planId as planId, count(g) as count from Goal g group by g.planId")
    List<PlanCount> countPerPlan();

    @Query("select coalesce(max(g.position), 0) from Goal g where g.planId = :planId")
    int maxPosition(Long planId);
}
