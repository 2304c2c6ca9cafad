package com.hospitalplan.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlternativeTargetRepository extends JpaRepository<AlternativeTarget, Long> {

    List<AlternativeTarget> findByIndicatorIdInOrderByPositionAscIdAsc(Collection<Long> indicatorIds);
}
