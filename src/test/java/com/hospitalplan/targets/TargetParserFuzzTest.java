package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random wording built from the pieces targets are made of (numbers, numerals, units, comparators, set words,
 * brackets, punctuation, traditional characters): the parser answers every one, understood or not, and never fails.
 * {@code -Dfuzz.seed} and {@code -Dfuzz.count} run it with another seed or longer.
 */
class TargetParserFuzzTest {

    private static final String[] PIECES = {
        "1", "2", "35", "2025", "0.5", "9,000", "一", "两", "十", "百", "千", "万", "亿", "卅", "三级", "甲等", "A", "B++", "%",
        "％", "个", "名", "人", "张", "张/千人", "/10万", "万人次", "百分点", "年", "月", "日", "以上", "以下", "左右", "约", "≥", "≤", "~", "-",
        "至", "到", "达到", "不低于", "控制在", "降至", "每年", "逐年", "累计", "新增", "较", "比", "提高", "下降", "全部", "所有", "各", "均", "都",
        "每家", "至少", "前", "第", "名", "强", "前列", "水平", "标准", "《", "》", "(", ")", "（", "）", "，", ",", "、", "；", "分别", "甚至",
        "力争", "确保", "县", "医院", "卫生院", "医共体", "通过", "建成", "投入使用", "分之", "成", "醫療", "達到", "張", "萬", " ", "　", "\u0000",
        "😀"
    };

    @Test
    void answersEveryRandomWordingWithoutFailing() {
        TargetParser parser = new TargetParser();
        Random random = new Random(Long.getLong("fuzz.seed", 20261207));
        for (int i = 0; i < Integer.getInteger("fuzz.count", 20_000); i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String wording = text.toString();
            String unit = random.nextBoolean() ? null : PIECES[random.nextInt(PIECES.length)];
            Boolean set = random.nextInt(3) == 0 ? null : random.nextBoolean();
            assertThatCode(() -> parser.parse(wording, new TargetContext(unit, wording, set)))
                    .as(wording)
                    .doesNotThrowAnyException();
        }
    }
}
