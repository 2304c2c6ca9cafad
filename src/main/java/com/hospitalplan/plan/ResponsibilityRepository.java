package com.hospitalplan.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponsibilityRepository extends JpaRepository<Responsibility, Long> {

    List<Responsibility> findByGoalIdInOrderByPositionAsc(Collection<Long> goalIds);

    List<Responsibility> findByIndicatorIdInOrderByPositionAsc(Collection<Long> indicatorIds);

    void deleteByGoalId(Long goalId);

    void deleteByIndicatorId(Long indicatorId);
}
