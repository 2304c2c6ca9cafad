package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrganizationDirectoryTest {

    private final OrganizationDirectory directory = new OrganizationDirectory();
    private final AtomicInteger loads = new AtomicInteger();

    private OrganizationDirectory.Snapshot load() {
        int n = loads.incrementAndGet();
        OrganizationView hospital = new OrganizationView(
                1L, "医院" + n, OrganizationKind.GENERAL_HOSPITAL, "440800", "湛江市", null, null, null, n);
        return new OrganizationDirectory.Snapshot(
                Map.of(1L, hospital), List.of(), RegionTree.of(Map.of(), Map.of("440800", "湛江市")));
    }

    @Test
    void theDirectoryIsLoadedOnceAndAgainOnlyAfterAChange() {
        assertThat(directory.get(this::load).find(1L).orElseThrow().name()).isEqualTo("医院1");
        assertThat(directory.get(this::load).find(1L).orElseThrow().name()).isEqualTo("医院1");
        assertThat(loads).hasValue(1);

        directory.changed();

        assertThat(directory.get(this::load).find(1L).orElseThrow().name()).isEqualTo("医院2");
        assertThat(directory.get(this::load).findAll(List.of(1L, 2L))).containsOnlyKeys(1L);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatRacedWithAChangeIsUsedOnceButNotKept() {
        OrganizationDirectory.Snapshot raced = directory.get(() -> {
            directory.changed(); // an administrator's change commits while the directory is being read
            return load();
        });
        assertThat(raced.find(1L).orElseThrow().name()).isEqualTo("医院1");

        assertThat(directory.get(this::load).find(1L).orElseThrow().name()).isEqualTo("医院2");
        assertThat(directory.get(this::load).find(1L).orElseThrow().name()).isEqualTo("医院2");
    }
}
