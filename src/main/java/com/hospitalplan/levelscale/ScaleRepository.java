package com.hospitalplan.levelscale;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScaleRepository extends JpaRepository<Scale, String> {

    @Query("select distinct s from Scale s left join fetch s.grades order by s.position")
    List<Scale> findAllInOrder();

    @Query("select coalesce(max(s.position), 0) from Scale s")
    int lastPosition();

    boolean existsByName(String name);

    boolean existsByNameAndKeyNot(String name, String key);
}
