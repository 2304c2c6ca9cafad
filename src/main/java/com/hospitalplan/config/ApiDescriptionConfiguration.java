package com.hospitalplan.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs} beyond what springdoc reads from the controllers: the configured
 * public address as its server (never the request's Host header), the bearer-token security scheme on every
 * operation, and every operation's error answers as RFC 9457 problem JSON. The error answers follow from the shape of
 * the operation, so that no controller method has to list them and a new operation gets them too:
 *
 * <ul>
 *   <li>401 for every operation (no token, a token that is not valid, an ended session);
 *   <li>400 when it takes parameters or a body (malformed input), 413 and 415 when it takes a body;
 *   <li>404 when its path names a resource ({id} that does not exist or that the caller may not read);
 *   <li>403 for writes (the caller's role or organisation may not, or a browser session sent no CSRF token);
 *   <li>409 and 422 for writes that carry the {@code version} they change (someone else changed it first or the
 *       state does not allow it; the content breaks a rule of the domain, such as an incomplete submission).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

    static final String BEARER = "apiToken";
    static final String PROBLEM = "ProblemDetails";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> ERRORS = errorDescriptions();

    @Bean
    OpenAPI apiDescription(AppProperties app) {
        return new OpenAPI()
                .info(new Info()
                        .title("医院建设发展规划跟踪系统 API · Hospital Development Plan Tracker API")
                        .version("v1")
                        .description("Plans, their targets and the reporting workflow (assignments, reports,"
                                + " decisions) for hospital information systems. Every call carries a personal API"
                                + " token (个人设置 → API 令牌) as 'Authorization: Bearer <token>' and may do what its"
                                + " owner may do on the pages, for the owner's organisation. Errors are RFC 9457"
                                + " problem JSON with messages in Chinese, or English with the cookie lang=en.")
                        .contact(new Contact()
                                .name("系统管理员 · system administrator")
                                .url(app.publicUrl("/")))
                        .license(new License().name("Proprietary").url(app.publicUrl("/"))))
                .servers(List.of(new Server().url(app.publicBase()).description("this installation")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token made on the profile page (个人设置 → API"
                                                + " 令牌); it acts with its owner's role and organisation.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Adds each operation's error answers (see the class comment) as problem JSON with the problem schema, and says
     * that its answers are JSON (springdoc writes any media type, as the controllers do not narrow it). This runs
     * while springdoc builds each operation, before it drops the schemas nothing refers to.
     */
    @Bean
    GlobalOperationComponentsCustomizer operationErrorAnswers() {
        return new GlobalOperationComponentsCustomizer() {
            @Override
            public Operation customize(Operation operation, Components components, HandlerMethod method) {
                components.addSchemas(PROBLEM, problemSchema());
                responses(operation).values().forEach(ApiDescriptionConfiguration::answerJson);
                errorCodes(operation, writes(method))
                        .forEach(code -> responses(operation).addApiResponse(code, problem(code)));
                return operation;
            }

            @Override
            public Operation customize(Operation operation, HandlerMethod method) {
                return operation;
            }
        };
    }

    private static boolean writes(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null
                && Arrays.stream(mapping.method())
                        .anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
    }

    static List<String> errorCodes(Operation operation, boolean write) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean versioned = parameters.stream().anyMatch(p -> "version".equals(p.getName()));
        boolean namesResource = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        return ERRORS.keySet().stream()
                .filter(code -> switch (code) {
                    case "400" -> body || !parameters.isEmpty();
                    case "401" -> true;
                    case "403" -> write;
                    case "404" -> namesResource;
                    case "409", "422" -> write && versioned;
                    case "413", "415" -> body;
                    default -> false;
                })
                .toList();
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static void answerJson(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, content.remove("*/*"));
        }
    }

    private static ApiResponse problem(String code) {
        return new ApiResponse()
                .description(ERRORS.get(code))
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 problem details; members beyond the standard ones (such as field errors) may follow. */
    private static Schema<?> problemSchema() {
        return jsonSchema("object")
                .description("RFC 9457 problem details; further members (such as the fields in error) may follow")
                .addProperty(
                        "type",
                        jsonSchema("string")
                                .format("uri-reference")
                                .description("what kind of problem (about:blank: the status says it all)"))
                .addProperty(
                        "title", jsonSchema("string").description("the problem in short, in the caller's language"))
                .addProperty("status", jsonSchema("integer").format("int32").description("the HTTP status"))
                .addProperty("detail", jsonSchema("string").description("this occurrence, in the caller's language"))
                .addProperty(
                        "instance", jsonSchema("string").format("uri-reference").description("the request it answers"))
                .additionalProperties(true);
    }

    /** A schema of OpenAPI 3.1 (JSON Schema 2020-12), as springdoc writes the description. */
    private static Schema<Object> jsonSchema(String type) {
        return new JsonSchema().types(Set.of(type));
    }

    private static Map<String, String> errorDescriptions() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(
                "400",
                "Malformed input: a parameter or a field of the body is missing, of the wrong type or out"
                        + " of its range");
        errors.put("401", "No valid API token (none sent, unknown, revoked, or its account disabled)");
        errors.put(
                "403", "The caller's role or organisation may not do this (or a browser session sent no CSRF token)");
        errors.put("404", "No such resource, or one the caller may not read");
        errors.put("409", "Someone else changed it first (version), or its state does not allow this");
        errors.put("413", "The request body is too large");
        errors.put("415", "The body is not JSON");
        errors.put("422", "The content breaks a rule (for example an incomplete report on submission)");
        return errors;
    }
}
