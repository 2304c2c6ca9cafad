package com.hospitalplan.levelscale;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.PostgresJpaTest;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.NationalScales;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The registry reads what migrations V10 (national scales) and V10_1 (the demo's additions) put in the database. */
@PostgresJpaTest
@Import(LevelScales.class)
class LevelScalesTest {

    @Autowired
    LevelScales levelScales;

    @Test
    void theNationalScalesAreSeededAsTheyWereWithTheDemosPlainFour() {
        List<String> keys =
                NationalScales.CATALOG.all().stream().map(LevelScale::key).toList();
        assertThat(levelScales.catalog().all()).extracting(LevelScale::key).startsWith(keys.toArray(String[]::new));
        for (LevelScale national : NationalScales.CATALOG.all()) {
            if (!national.key().equals("INTEROPERABILITY")) {
                assertThat(levelScales.byKey(national.key())).isEqualTo(national);
            }
        }
        assertThat(levelScales.byKey("INTEROPERABILITY").levels())
                .containsExactly("一级", "二级", "三级", "四级", "四级乙等", "四级甲等", "五级乙等", "五级甲等");
    }

    @Test
    void theSameCatalogueIsGivenUntilAScaleChanges() {
        assertThat(levelScales.catalog()).isSameAs(levelScales.catalog());
    }
}
