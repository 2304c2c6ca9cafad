package com.hospitalplan.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRevisionRepository extends JpaRepository<TargetRevision, Long> {

    List<TargetRevision> findByIndicatorIdInOrderByRevisedAtAscIdAsc(Collection<Long> indicatorIds);
}
