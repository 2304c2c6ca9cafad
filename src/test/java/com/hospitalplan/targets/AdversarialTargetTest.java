package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.security.SecuredWebSlice;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.SignedInUsers;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Hostile wording is answered clearly: long runs of digits after 每年/新增/累计, 达到 repeated, brackets nested
 * thousands deep. The parser refuses texts over its length limit with a message and parses nothing of them. (How fast
 * it is, is measured by benchmarks, not here.)
 */
@WebMvcTest({TargetApiController.class, TargetPreviewController.class})
@SecuredWebSlice
@Import(TargetService.class)
class AdversarialTargetTest {

    private static final SignedInUser PLANNER = SignedInUsers.of(Role.PLANNER, 1, 10);

    @Autowired
    MockMvc mvc;

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
    void theParserReadsHostileTextsJustUnderTheLimitWithoutAbsurdFigures() {
        TargetParser parser = new TargetParser();
        for (String text : hostile(TargetParser.MAX_LENGTH)) {
            ParseResult result = parser.parse(text);
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
    void tenThousandCharactersAreRefusedWithAMessageAndNothingParsed() throws Exception {
        TargetParser parser = new TargetParser();
        for (String text : hostile(10_000)) {
            ParseResult parsed = parser.parse(text);
            assertThat(parsed.understood()).as("%s…", text.substring(0, 10)).isFalse();
            assertThat(parsed.target()).as("%s…", text.substring(0, 10)).isNull();
            assertThat(parsed.errorKey()).isEqualTo("target.parse.tooLong");

            MvcResult api = send("/api/v1/targets/parse", "text", text);
            assertThat(api.getResponse().getStatus()).isEqualTo(200);
            String json = api.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(JsonPath.<Boolean>read(json, "$.understood")).isFalse();
            assertThat(JsonPath.<Object>read(json, "$.target")).isNull();
            assertThat(JsonPath.<String>read(json, "$.error")).contains("目标文字过长");

            MvcResult preview = send("/targets/preview", "target", text);
            assertThat(preview.getResponse().getStatus()).isEqualTo(200);
            assertThat(preview.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("目标文字过长");
        }
    }

    private MvcResult send(String path, String param, String text) throws Exception {
        return mvc.perform(get(path).param(param, text).with(user(PLANNER))).andReturn();
    }
}
