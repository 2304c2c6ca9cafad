package com.hospitalplan.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetStatedTotalRepository extends JpaRepository<BudgetStatedTotal, Long> {

    List<BudgetStatedTotal> findByPlanIdOrderByPositionAscIdAsc(Long planId);
}
