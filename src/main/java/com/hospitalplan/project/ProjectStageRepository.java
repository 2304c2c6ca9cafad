package com.hospitalplan.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectStageRepository extends JpaRepository<ProjectStage, Long> {

    List<ProjectStage> findAllByOrderByPositionAsc();

    boolean existsByName(String name);

    @Query("select coalesce(max(s.position), 0) from ProjectStage s")
    int maxPosition();
}
