package com.hospitalplan.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BedAreaStandardRepository extends JpaRepository<BedAreaStandardRow, Long> {

    List<BedAreaStandardRow> findAllByOrderByMinBedsAsc();
}
