package com.hospitalplan.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByPlanIdOrderByStartsOnDesc(Long planId);

    List<ReportingPeriod> findByPlanIdInOrderByStartsOnDesc(Collection<Long> planIds);

    boolean existsByPlanIdAndKindAndYearAndPart(Long planId, PeriodKind kind, int year, int part);
}
