package com.hospitalplan.documentimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target the sentence states once for every member of a set: "每个县…至少有一家县级医院达到二级甲等医院", "各县（市、区）…",
 * "所有县级医院建成…", "每家公立医院每年引进…1人以上", "医共体牵头医院均达到…". It holds for each county or institution of
 * the plan's coverage, so confirming the draft enters it once per member ({@link DistributedTargets}).
 *
 * @param kind which set: {@link Kind#COUNTY}, {@link Kind#INSTITUTION} or {@link Kind#TIER}
 * @param set the wording as the document has it ("每个县", "各县（市、区）", "所有县级医院", "医共体牵头医院均")
 * @param noun the set's noun ("县", "县（市、区）", "公立医院", "县级医院")
 */
public record Distribution(Kind kind, String set, String noun) {

    /** The kinds of set a distributive wording names. */
    public enum Kind {
        /** every county (县, 县（市、区）, 县区, 区县, 县市区) */
        COUNTY,
        /** every institution (医院, 公立医院, 医疗机构, 医疗卫生机构) */
        INSTITUTION,
        /** every institution of a tier (县级医院, 乡镇卫生院, 三级医院, 医共体牵头医院) */
        TIER
    }

    private static final String COUNTY = "(?:县(?:[（(][市区县、]{1,6}[）)]|市区|区|市)?|区县|县市区)(?![级域城医乡镇委政人卫])";
    private static final String TIER = "(?:县级|县|乡镇|镇|街道|市级|区级|市属|县属|公立|民营|人民|二级及以上|二级以上|二级|三级"
            + "|综合|中医|中西医结合|专科|妇幼|牵头|成员|医共体|医联体|紧密型|基层){0,4}"
            + "(?:医院|中医院|卫生院|医疗卫生机构|医疗机构|卫生机构|社区卫生服务中心|保健院|总院|分院)";
    /** 每个/每家/各/所有/全部 + a set noun: the set is named for each of its members. */
    private static final Pattern EACH =
            Pattern.compile("(?:每一个|每一家|每一所|每个|每家|每所|每|各|所有|全部)(?:(?<county>" + COUNTY + ")|(?<tier>" + TIER + "))");
    /**
     * A set noun opening a clause (or after 全市, 我县…), followed in the clause by 均/全部/都 before the verb: "医共体牵头医院均达到
     * …". Not a name's tail: "廉江市人民医院均达到…" names one hospital.
     */
    private static final Pattern ALL =
            Pattern.compile("(?:^|(?<=[，,。；;：:\\s]|全[国省市县区]|我[市县区]))(?:(?<county>" + COUNTY + ")|(?<tier>" + TIER + "))"
                    + "[^，,。；;、]{0,12}?(?<mark>均|全部|都)(?:要|应|能|将)?(?:达到|达|建成|实现|具备|设立|设置|配备|开展|有|通过|完成|组建|建立|提供)");
    /** A whole that the target is about instead of each member: "各县…，全市…达到90%". */
    private static final Pattern WHOLE = Pattern.compile("全(?:国|省|市|县|区|州|盟)|总体");

    private static final Pattern BRACKET = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:]");

    private static final java.util.Set<String> ANY_INSTITUTION =
            java.util.Set.of("医院", "公立医院", "医疗机构", "医疗卫生机构", "卫生机构");

    /**
     * The distributive wording of a target: the last one in the target's clause before the target (or opening it: "所有
     * 县级医院建成…"), nothing naming a whole (全市, 全省…) between them; {@code null} when the clause names none.
     *
     * @param sentence the sentence's text
     * @param targetStart where the target's text starts in the sentence
     */
    static Distribution of(String sentence, int targetStart) {
        Distribution found = null;
        int foundAt = -1;
        String window = sentence.substring(0, Math.min(sentence.length(), targetStart + 20));
        for (Pattern pattern : new Pattern[] {EACH, ALL}) {
            Matcher m = pattern.matcher(window);
            while (m.find()) {
                if (m.start() > targetStart || m.start() < foundAt) {
                    continue;
                }
                // between the set and its target: one clause (a bracket aside), naming no whole
                String gap = m.end() >= targetStart
                        ? ""
                        : BRACKET.matcher(sentence.substring(m.end(), targetStart))
                                .replaceAll("");
                if (CLAUSE_END.matcher(gap).find() || WHOLE.matcher(gap).find()) {
                    continue;
                }
                String noun = m.group("county") != null ? m.group("county") : m.group("tier");
                String set = window.substring(m.start(), pattern == ALL ? m.end("mark") : m.end());
                found = new Distribution(kindOf(m.group("county") != null, noun), set, noun);
                foundAt = m.start();
            }
        }
        return found;
    }

    private static Kind kindOf(boolean county, String noun) {
        if (county) {
            return Kind.COUNTY;
        }
        return ANY_INSTITUTION.contains(noun) ? Kind.INSTITUTION : Kind.TIER;
    }
}
