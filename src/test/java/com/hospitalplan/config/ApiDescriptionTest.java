package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description of the whole application as a client fetches it: its server is the configured public
 * address whatever Host the request names, every operation needs the bearer token and lists its error answers as
 * problem JSON, and Spectral's {@code spectral:oas} rules find nothing (the description is written to
 * target/openapi.json and linted with the Spectral CLI that {@code npm ci} installs; any warning fails the build).
 */
@IntegrationTest
class ApiDescriptionTest {

    private static final Path DESCRIPTION = Path.of("target/openapi.json");
    private static final Path SPECTRAL = Path.of("node_modules/.bin/spectral");

    @Autowired
    MockMvc mvc;

    @Autowired
    AppProperties app;

    private String docs;
    private JsonNode api;

    @BeforeEach
    void fetch() throws Exception {
        docs = mvc.perform(get("/v3/api-docs").header("Host", "attacker.example.test"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        api = JsonMapper.builder().build().readTree(docs);
    }

    @Test
    void theServerIsTheConfiguredPublicAddressNotTheRequestsHost() {
        assertThat(docs).doesNotContain("attacker.example.test");
        assertThat(api.at("/servers/0/url").asString()).isEqualTo(app.publicBase());
    }

    @Test
    void everyOperationNeedsTheBearerTokenAndListsItsErrorsAsProblemJson() {
        JsonNode scheme = api.at("/components/securitySchemes/" + ApiDescriptionConfiguration.BEARER);
        assertThat(scheme.at("/type").asString()).isEqualTo("http");
        assertThat(scheme.at("/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/security/0").has(ApiDescriptionConfiguration.BEARER))
                .isTrue();
        assertThat(api.at("/components/schemas/ProblemDetails/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                operations.add(name);
                JsonNode responses = operation.getValue().get("responses");
                assertThat(responses.propertyNames()).as(name).contains("401");
                assertThat(responses
                                .at("/401/content/application~1problem+json/schema/$ref")
                                .asString())
                        .as(name)
                        .isEqualTo("#/components/schemas/ProblemDetails");
            }
        }
        assertThat(operations).contains("get /api/v1/plans", "post /api/v1/reports/{reportId}/submit");

        JsonNode save = api.at("/paths/~1api~1v1~1reports~1{reportId}/put/responses");
        assertThat(save.propertyNames()).contains("400", "401", "403", "404", "409", "413", "415", "422");
        JsonNode list = api.at("/paths/~1api~1v1~1plans/get/responses");
        assertThat(list.propertyNames()).contains("401").doesNotContain("404", "409", "413", "415");
    }

    @Test
    void spectralsOpenApiRulesFindNothing() throws IOException, InterruptedException {
        Files.writeString(DESCRIPTION, docs);
        assertThat(SPECTRAL).as("the Spectral CLI (npm ci installs it)").exists();

        Process lint = new ProcessBuilder(
                        SPECTRAL.toString(),
                        "lint",
                        DESCRIPTION.toString(),
                        "--ruleset",
                        ".spectral.yaml",
                        "--fail-severity",
                        "warn")
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
