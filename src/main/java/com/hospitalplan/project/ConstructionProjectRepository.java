package com.hospitalplan.project;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConstructionProjectRepository extends JpaRepository<ConstructionProject, Long> {

    List<ConstructionProject> findByPlanIdOrderByIdAsc(Long planId);

    List<ConstructionProject> findByPlanIdInAndInstitutionIdOrderByIdAsc(Collection<Long> planIds, Long institutionId);

    List<ConstructionProject> findByPlanIdAndInstitutionIdOrderByIdAsc(Long planId, Long institutionId);
}
