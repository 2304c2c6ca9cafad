package com.hospitalplan.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectProgressRepository extends JpaRepository<ProjectProgress, Long> {

    Optional<ProjectProgress> findByProjectIdAndReportId(Long projectId, Long reportId);

    List<ProjectProgress> findByProjectId(Long projectId);

    List<ProjectProgress> findByProjectIdIn(Collection<Long> projectIds);
}
