package com.hospitalplan.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodReopeningRepository extends JpaRepository<PeriodReopening, Long> {

    List<PeriodReopening> findByPeriodIdAndOrganizationId(Long periodId, Long organizationId);
}
