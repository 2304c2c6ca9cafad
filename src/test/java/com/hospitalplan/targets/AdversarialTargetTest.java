package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Hostile wording is answered at once and clearly: long runs of digits after 每年/新增/累计, 达到 repeated, brackets
 * nested thousands deep. The parser is linear and refuses texts over its length limit with a message.
 */
@IntegrationTest
class AdversarialTargetTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static List<String> hostile(int length) {
        return List.of(
                "每年" + "9".repeat(length - 2),
                "新增" + "1".repeat(length - 2),
                "累计" + "3".repeat(length - 3) + "个",
                "达到".repeat(length / 2),
                "(".repeat(length / 2) + ")".repeat(length / 2),
                "分别" + "35%、".repeat(length / 4),
                "到2025年," + "一二三四五六七八九十".repeat(length / 10),
                "全部".repeat(length / 4) + "达到".repeat(length / 4),
                "≥".repeat(length - 3) + "35%");
    }

    @Test
    void theParserReadsHostileTextsJustUnderTheLimitQuickly() {
        TargetParser parser = new TargetParser();
        for (String text : hostile(TargetParser.MAX_LENGTH)) {
            parser.parse(text); // warm up
        }
        for (String text : hostile(TargetParser.MAX_LENGTH)) {
            long millis = Long.MAX_VALUE;
            ParseResult result = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                result = parser.parse(text);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            assertThat(millis)
                    .as("%s… took %d ms", text.substring(0, 10), millis)
                    .isLessThan(50);
            if (result.understood()) {
                assertThat(result.target().value() == null
                                || result.target().value().precision()
                                                - result.target().value().scale()
                                        <= 12)
                        .as("no absurd figure from %s…", text.substring(0, 10))
                        .isTrue();
            }
        }
    }

    @Test
    void refusesAbsurdReadings() {
        TargetParser parser = new TargetParser();
        assertThat(parser.parse("前0名").understood()).isFalse();
        assertThat(parser.parse("达到" + "9".repeat(20) + "%").errorKey()).isEqualTo("target.parse.absurd");
    }

    @Test
    void tenThousandCharactersAreRefusedWithAMessageWithin50Milliseconds() throws Exception {
        for (String path : List.of("/api/v1/targets/parse", "/targets/preview")) {
            String param = path.startsWith("/api") ? "text" : "target";
            for (String text : hostile(10_000)) {
                send(path, param, text); // warm up
            }
            for (String text : hostile(10_000)) {
                // the best of three, so that a garbage collection elsewhere in the test JVM is not counted
                long millis = Long.MAX_VALUE;
                MvcResult result = null;
                for (int attempt = 0; attempt < 3; attempt++) {
                    long start = System.nanoTime();
                    result = send(path, param, text);
                    millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
                }
                assertThat(millis)
                        .as("%s %s… took %d ms", path, text.substring(0, 10), millis)
                        .isLessThan(50);
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("目标文字过长");
            }
        }
    }

    private MvcResult send(String path, String param, String text) throws Exception {
        return mvc.perform(get(path).param(param, text).with(user(users.loadUserByUsername("planner"))))
                .andReturn();
    }
}
