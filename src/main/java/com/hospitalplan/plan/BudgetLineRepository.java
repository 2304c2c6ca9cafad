package com.hospitalplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Query("select coalesce(max(b.position), 0) from BudgetLine b where b.planId = :planId")
    int maxPosition(Long planId);
}
