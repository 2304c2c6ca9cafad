package com.hospitalplan.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findAllByOrderByStartYearDescIdAsc();

    Optional<Plan> findByKey(String key);
}
