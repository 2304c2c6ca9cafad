package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit names against the organisation directory, without Spring. */
class UnitMatcherTest {

    private static OrganizationView org(long id, String name, OrganizationKind kind, String region, Long parent) {
        String parentName = parent == null ? null : "粤北人民医院";
        return new OrganizationView(id, name, kind, region, "区域", parent, parentName, null, 0);
    }

    private final List<OrganizationView> directory = List.of(
            org(1, "粤北人民医院", OrganizationKind.GENERAL_HOSPITAL, "440200", null),
            org(2, "医务部", OrganizationKind.DEPARTMENT, "440200", 1L),
            org(3, "护理部", OrganizationKind.DEPARTMENT, "440200", 1L),
            org(4, "韶关市卫生健康局", OrganizationKind.HEALTH_BUREAU, "440200", null),
            org(5, "韶关市发展和改革局", OrganizationKind.GOVERNMENT_BODY, "440200", null),
            org(6, "湛江市卫生健康局", OrganizationKind.HEALTH_BUREAU, "440800", null),
            org(7, "包头市财政局", OrganizationKind.GOVERNMENT_BODY, "150200", null),
            org(8, "海宁市财政局", OrganizationKind.GOVERNMENT_BODY, "330481", null),
            org(9, "其他医院", OrganizationKind.GENERAL_HOSPITAL, "440800", null),
            org(10, "医务部", OrganizationKind.DEPARTMENT, "440800", 9L));

    private final UnitMatcher matcher = new UnitMatcher(directory, 1L);

    @Test
    void theOwnersDepartmentIsMatchedByItsNameBeforeOtherInstitutionsDepartmentsOfTheSameName() {
        assertThat(matcher.match("医务部")).isEqualTo(UnitMatch.matched(2L));
        assertThat(matcher.match(" 护理部")).isEqualTo(UnitMatch.matched(3L));
        assertThat(matcher.match("医务 部")).as("a name broken by the table cell").isEqualTo(UnitMatch.matched(2L));
        assertThat(matcher.match("粤北人民医院")).isEqualTo(UnitMatch.matched(1L));
        assertThat(new UnitMatcher(directory, 9L).match("护理部").status())
                .as("another hospital's department is none of ours")
                .isEqualTo(UnitMatch.Status.NEW_DEPARTMENT);
    }

    @Test
    void aBodyIsMatchedWithoutItsRegionAndInItsShortFormNearestTheOwnerFirst() {
        assertThat(matcher.match("市卫健局")).isEqualTo(UnitMatch.matched(4L));
        assertThat(matcher.match("市卫生健康局")).isEqualTo(UnitMatch.matched(4L));
        assertThat(matcher.match("韶关市发展改革局")).isEqualTo(UnitMatch.matched(5L));
        assertThat(matcher.match("市发改局")).isEqualTo(UnitMatch.matched(5L));
    }

    @Test
    void onlyTheBodiesOfTheOwnersRegionLineAreNearIt() {
        assertThat(matcher.nearOwner(directory.get(3)))
                .as("韶关市卫生健康局, the owner's city")
                .isTrue();
        assertThat(matcher.nearOwner(directory.get(5))).as("湛江市卫生健康局").isFalse();
    }

    @Test
    void severalBodiesOfTheNameNoneNearTheOwnerAreAmbiguous() {
        UnitMatch finance = matcher.match("市财政局");
        assertThat(finance.status()).isEqualTo(UnitMatch.Status.AMBIGUOUS);
        assertThat(finance.candidates()).containsExactlyInAnyOrder(7L, 8L);
    }

    @Test
    void anUnknownDepartmentIsProposedAsNewInAHospitalAndABodyIsUnmatched() {
        assertThat(matcher.match("科教科").status()).isEqualTo(UnitMatch.Status.NEW_DEPARTMENT);
        assertThat(matcher.match("信息中心").status()).isEqualTo(UnitMatch.Status.NEW_DEPARTMENT);
        assertThat(matcher.match("市人社局").status()).isEqualTo(UnitMatch.Status.UNMATCHED);
        assertThat(matcher.match("市委宣传部").status()).isEqualTo(UnitMatch.Status.UNMATCHED);
        UnitMatcher bureau = new UnitMatcher(directory, 4L);
        assertThat(bureau.match("科教科").status()).isEqualTo(UnitMatch.Status.UNMATCHED);
        assertThat(new UnitMatcher(directory, 2L).match("科教科").status()).isEqualTo(UnitMatch.Status.NEW_DEPARTMENT);
    }

    /**
     * The short forms against the names the bodies use themselves: the joint notice 国卫办医政函〔2023〕199号 (国家卫生健康委、
     * 国家发展改革委、人力资源社会保障部、国家中医药局、国家疾控局; http://news.mlzgw.cn/tebietuijian/2023/0608/154594.html),
     * 宣城市卫生健康委员会 signing as 市卫健委 beside 市发改委、市教体局、市科技局
     * (http://www.xuancheng.gov.cn/OpennessContent/show/2011754.html), 瓦房店市卫生健康局
     * (http://www.dlwfd.gov.cn/2021/0425/7419.html).
     */
    @Test
    void shortFormsAndRegionPrefixesGiveOneKey() {
        assertThat(UnitNames.key("宣城市卫生健康委员会")).isEqualTo(UnitNames.key("市卫健委"));
        assertThat(UnitNames.key("国家卫生健康委")).isEqualTo("卫健委");
        assertThat(UnitNames.key("国家发展改革委")).isEqualTo(UnitNames.key("市发改委"));
        assertThat(UnitNames.key("广州市发展和改革委员会")).isEqualTo("发改委");
        assertThat(UnitNames.key("人力资源社会保障部")).isEqualTo("人社部");
        assertThat(UnitNames.key("韶关市人力资源和社会保障局")).isEqualTo(UnitNames.key("市人社局"));
        assertThat(UnitNames.key("国家中医药管理局")).isEqualTo(UnitNames.key("国家中医药局"));
        assertThat(UnitNames.key("瓦房店市卫生健康局")).isEqualTo(UnitNames.key("市卫健局"));
        assertThat(UnitNames.key("宣城市教育体育局")).isEqualTo(UnitNames.key("市教体局"));
        assertThat(UnitNames.key("宣城市科学技术局")).isEqualTo(UnitNames.key("市科技局"));
        assertThat(UnitNames.key("市场监督管理局")).isEqualTo("市场监管局");
        assertThat(UnitNames.key("韶关市人民政府")).isEqualTo(UnitNames.key("市政府"));
        assertThat(UnitNames.key("卫健局")).isNotEqualTo(UnitNames.key("卫健委"));
        assertThat(UnitNames.key("医务部")).isEqualTo("医务部");
    }
}
