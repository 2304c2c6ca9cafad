package com.hospitalplan.documentimport;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The key two names of one government body share however a plan writes it: without the region before it ("广州市",
 * "省", "国家") and in its common short form (卫生健康局 = 卫健局, 发展和改革委员会 = 发展改革委 = 发改委, 人力资源和社会
 * 保障局 = 人社局…). The short forms are those the bodies and plans use themselves; {@code UnitNamesTest} names the
 * sources. A name that is no government body (a department, a hospital) keeps its region: 医务部 is its own key.
 */
final class UnitNames {

    /** Full wording and its short form, the longer wordings first so that they win. */
    private static final List<String[]> SHORT_FORMS = List.of(
            new String[] {"卫生和计划生育委员会", "卫计委"},
            new String[] {"卫生健康委员会", "卫健委"},
            new String[] {"卫生健康委", "卫健委"},
            new String[] {"卫生健康局", "卫健局"},
            new String[] {"发展和改革委员会", "发改委"},
            new String[] {"发展改革委员会", "发改委"},
            new String[] {"发展改革委", "发改委"},
            new String[] {"发展和改革局", "发改局"},
            new String[] {"发展改革局", "发改局"},
            new String[] {"人力资源和社会保障", "人社"},
            new String[] {"人力资源社会保障", "人社"},
            new String[] {"医疗保障局", "医保局"},
            new String[] {"市场监督管理局", "市场监管局"},
            new String[] {"中医药管理局", "中医药局"},
            new String[] {"疾病预防控制", "疾控"},
            new String[] {"科学技术局", "科技局"},
            new String[] {"工业和信息化", "工信"},
            new String[] {"住房和城乡建设", "住建"},
            new String[] {"教育和体育局", "教体局"},
            new String[] {"教育体育局", "教体局"},
            new String[] {"财政厅（局）", "财政厅"},
            new String[] {"人民政府", "政府"});

    /** A region before a body's name: 国家, 广东省, 韶关市, 省, 市, 县, 区, 自治区… (repeated: 广东省韶关市). */
    private static final Pattern REGION =
            Pattern.compile("^(?:国家|(?:[\\u4e00-\\u9fa5]{0,6}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗)))+");

    private static final List<String> BODY_ENDS = List.of("局", "委", "厅", "政府", "办", "办公室", "委员会", "中心", "部");

    private UnitNames() {}

    /** The name in short form, without the region when it names a government body. */
    static String key(String name) {
        String text = name.strip().replace(" ", "").replace('(', '（').replace(')', '）');
        for (String[] rule : SHORT_FORMS) {
            text = text.replace(rule[0], rule[1]);
        }
        if (text.startsWith("市场")) {
            return text;
        }
        var m = REGION.matcher(text);
        if (m.find() && m.end() < text.length()) {
            String rest = text.substring(m.end());
            if (rest.length() >= 2 && BODY_ENDS.stream().anyMatch(rest::endsWith) && isGovernment(rest)) {
                return rest;
            }
        }
        return text;
    }

    /** Whether the name reads like a government body rather than a department of an institution. */
    private static boolean isGovernment(String rest) {
        return rest.endsWith("局")
                || rest.endsWith("委")
                || rest.endsWith("厅")
                || rest.endsWith("政府")
                || rest.endsWith("委员会")
                || rest.startsWith("疾控")
                || rest.endsWith("政府办")
                || rest.endsWith("政府办公室");
    }

    /** Whether the name is written with a region before it ("市卫健局", "广东省人民医院"). */
    static boolean hasRegion(String name) {
        return name.startsWith("国家") || REGION.matcher(name.strip()).lookingAt() && !name.startsWith("市场");
    }
}
