package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ResponseLeaks;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Thousands of malformed requests, generated from a fixed seed over every route the application serves (found in its
 * handler mappings, so a new route is fuzzed without changing this test) and over the fields of the forms and JSON
 * bodies those routes read: NUL and control characters, overlong texts and numbers, numbers beyond numeric(18,4),
 * negative money, percentages over 100, wrong types and enum values, unknown ids, wrong content types. Each is sent as
 * an account that may use the route for the test plan's organisation, so that it reaches the controller. No answer
 * may be a 5xx, show a Java type name or a stack trace.
 */
@IntegrationTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class MalformedRequestFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 5_000);
    private static final long SEED = 20261207L;
    /** Java type names and converter messages, which the leak check of every response does not look for. */
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "\\bjava\\.(lang|math|time|util)\\.\\w+|\\b(BigDecimal|LocalDate|NumberFormatException|Failed to convert"
                    + "|MethodArgument\\w+|HttpMessage\\w+|tools\\.jackson|com\\.fasterxml|com\\.hospitalplan)\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportEvidenceService evidence;

    private final Random random = new Random(SEED);
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<Role, SignedInUser> cast = new LinkedHashMap<>();

    @Test
    void noMalformedRequestGetsAServerErrorOrShowsJavaInternals() throws Exception {
        castAndPlan();
        List<Route> routes = routes();
        assertThat(routes).as("routes found in the handler mappings").hasSizeGreaterThan(80);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, Long> nanosByRoute = new TreeMap<>();
        Map<Route, Integer> sent = new java.util.HashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Route route = routes.get(random.nextInt(routes.size()));
            while (!takesInput(route) && sent.getOrDefault(route, 0) >= 2) {
                // a route that reads nothing of the request is asked twice; more would only render pages
                route = routes.get(random.nextInt(routes.size()));
            }
            sent.merge(route, 1, Integer::sum);
            Sent request = request(route);
            long before = System.nanoTime();
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request.request()).andReturn().getResponse();
            } catch (Exception e) {
                // MockMvc rethrows what no handler took: the servlet container would answer 500
                statuses.merge(500, 1, Integer::sum);
                failures.add("500 " + request.description() + " → " + rootCause(e));
                continue;
            }
            nanosByRoute.merge(route.method() + " " + route.pattern(), System.nanoTime() - before, Long::sum);
            statuses.merge(response.getStatus(), 1, Integer::sum);
            String body = readable(response);
            Matcher javaType = JAVA_TYPE.matcher(body);
            String leak = ResponseLeaks.firstLeak(body);
            if (response.getStatus() >= 500 || javaType.find() || leak != null) {
                failures.add(response.getStatus() + " " + request.description() + " → "
                        + (leak != null
                                ? leak
                                : javaType.hitEnd()
                                        ? ""
                                        : body.substring(
                                                Math.max(0, javaType.start() - 80),
                                                Math.min(body.length(), javaType.end() + 80))));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%d fuzzed requests in %.1f s over %d routes: statuses %s%n",
                REQUESTS, seconds, routes.size(), statuses);
        report(seconds, statuses, nanosByRoute, failures);
        assertThat(failures)
                .as("answers with a 5xx, a Java type name or a stack trace")
                .isEmpty();
        assertThat(statuses.keySet())
                .as("the fuzzed requests reached the controllers")
                .contains(200, 400);
    }

    /** Accounts of every role for one plan's hospital, and the plan with a draft report, evidence and a token. */
    private void castAndPlan() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        ScratchPlans.Reported report = scratchPlans.draftReport(plan);
        long hospital = plan.hospitalId();
        cast.put(Role.PLANNER, accounts.as(plan.plannerUsername()));
        cast.put(Role.REPORTER, accounts.as(report.reporterUsername()));
        cast.put(Role.REVIEWER, accounts.reviewerOver(hospital));
        cast.put(Role.ADMIN, accounts.signedIn(Role.ADMIN, hospital));
        cast.put(Role.VIEWER, accounts.signedIn(Role.VIEWER, hospital));
        SignedInUser reporter = cast.get(Role.REPORTER);
        tokens.create(reporter.id(), "fuzz");
        ids.put("planId", String.valueOf(plan.planId()));
        ids.put("goalId", String.valueOf(plan.goalId()));
        ids.put("indicatorId", String.valueOf(plan.indicatorId()));
        ids.put("milestoneId", String.valueOf(plan.milestoneId()));
        ids.put("budgetLineId", String.valueOf(plan.budgetLineId()));
        ids.put("organizationId", String.valueOf(hospital));
        ids.put("periodId", String.valueOf(report.periodId()));
        ids.put("reportId", String.valueOf(report.reportId()));
        ids.put("userId", String.valueOf(reporter.id()));
        ids.put("tokenId", String.valueOf(tokens.list(reporter.id()).get(0).id()));
        evidence.addEvidence(report.reportId(), "会议纪要.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8), reporter);
        ids.put(
                "evidenceId",
                String.valueOf(jdbc.queryForObject(
                        "select max(id) from report_evidence where report_id = ?", Long.class, report.reportId())));
        ids.put(
                "code",
                jdbc.queryForObject("select region_code from organization where id = ?", String.class, hospital));
        ids.put("key", jdbc.queryForObject("select key from level_scale order by key limit 1", String.class));
        ids.put("position", "0");
        ids.put("alternativeId", "1");
        ids.put("token", "00000000-0000-0000-0000-000000000000");
    }

    /** Every route of the application's controllers, with the handler method that serves it. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
                if (!handler.getBeanType().getPackageName().startsWith("com.hospitalplan")) {
                    return;
                }
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, handler));
                    }
                }
            });
        }
        routes.sort((a, b) -> (a.method() + a.pattern()).compareTo(b.method() + b.pattern()));
        return routes;
    }

    /** Whether the route reads anything of the request: a path variable, a parameter, a form, a body or a file. */
    private static boolean takesInput(Route route) {
        if (route.pattern().contains("{")) {
            return true;
        }
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestParam.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)
                    || MultipartFile.class.isAssignableFrom(type)
                    || type.getPackageName().startsWith("com.hospitalplan")
                            && !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                return true;
            }
        }
        return false;
    }

    private record Route(HttpMethod method, String pattern, HandlerMethod handler) {}

    private record Sent(AbstractMockHttpServletRequestBuilder<?> request, String description) {}

    private Sent request(Route route) {
        String path = path(route.pattern(), route.method() == HttpMethod.GET ? 2 : 6);
        Map<String, String> params = new LinkedHashMap<>();
        Object body = null;
        boolean multipart = false;
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                continue;
            }
            if (MultipartFile.class.isAssignableFrom(type)) {
                multipart = true;
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = json(parameter.getGenericParameterType(), 0);
            } else if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                if (random.nextInt(5) > 0) {
                    params.put(name, value(parameter.getGenericParameterType(), name));
                }
            } else if (type.getPackageName().startsWith("com.hospitalplan") && !type.isRecord() && !type.isEnum()) {
                formFields(type, params);
            }
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        String contentType = null;
        String content = null;
        if (multipart) {
            MockMultipartHttpServletRequestBuilder upload =
                    MockMvcRequestBuilders.multipart(route.method(), URI.create(path));
            upload.file(new MockMultipartFile("file", uploadName(), uploadType(), uploadContent()));
            request = upload;
        } else {
            request = MockMvcRequestBuilders.request(route.method(), URI.create(path));
            if (body != null || (route.method() != HttpMethod.GET && random.nextInt(4) == 0)) {
                String[] kind = {
                    "application/json",
                    "application/json",
                    "application/json",
                    "application/x-www-form-urlencoded",
                    "text/plain",
                    "application/xml",
                    "application/json;charset=ISO-8859-1"
                };
                contentType = kind[random.nextInt(kind.length)];
                content = body == null ? "{}" : jsonBody(body);
                if (!contentType.startsWith("application/json") && random.nextBoolean()) {
                    content = "reason=x&values%5B1%5D=2";
                }
                request.contentType(contentType).content(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        params.forEach(request::param);
        request.locale(random.nextInt(4) == 0 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        if (random.nextInt(3) == 0) {
            request.header("Accept", "application/json");
        }
        request.with(user(caller(route)));
        if (route.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        String shownContent = content == null ? "" : " " + abbreviate(content);
        return new Sent(
                request,
                route.method() + " " + path + " " + abbreviate(params.toString())
                        + (contentType == null ? "" : " " + contentType) + shownContent);
    }

    /** An account that may use the route for the plan's organisation, now and then another one. */
    private SignedInUser caller(Route route) {
        if (random.nextInt(10) == 0) {
            List<SignedInUser> all = new ArrayList<>(cast.values());
            return all.get(random.nextInt(all.size()));
        }
        String p = route.pattern();
        if (p.startsWith("/admin")) {
            return cast.get(Role.ADMIN);
        }
        if (p.endsWith("/approve") || p.endsWith("/return") || p.endsWith("/reopen") || p.startsWith("/reviews")) {
            return cast.get(Role.REVIEWER);
        }
        if (p.startsWith("/dashboards")) {
            return cast.get(random.nextBoolean() ? Role.VIEWER : Role.REVIEWER);
        }
        if (p.startsWith("/reports") || p.startsWith("/api/v1") || p.endsWith("/reports")) {
            return cast.get(Role.REPORTER);
        }
        return cast.get(Role.PLANNER);
    }

    /** The pattern with its variables set, mostly to this run's ids, sometimes to unknown or malformed ones. */
    private String path(String pattern, int validInTen) {
        StringBuilder path = new StringBuilder();
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        while (variable.find()) {
            String name = variable.group(1);
            String known = ids.getOrDefault(itemIdOf(name, pattern), "1");
            String[] bad = {
                "999999999", "-1", "0", "abc", "99999999999999999999", "1.5", "%00", "%E4%B8%AD", "1%20", known + "x"
            };
            String value = random.nextInt(10) < validInTen ? known : bad[random.nextInt(bad.length)];
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static String itemIdOf(String name, String pattern) {
        if (!name.equals("itemId")) {
            return name;
        }
        if (pattern.contains("/milestones")) {
            return "milestoneId";
        }
        if (pattern.contains("/budget-lines")) {
            return "budgetLineId";
        }
        return pattern.contains("/indicators") ? "indicatorId" : "goalId";
    }

    /** The fields of a form object as a browser posts them, some of them malformed. */
    private void formFields(Class<?> form, Map<String, String> params) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() == null || random.nextInt(3) == 0) {
                continue;
            }
            Type type = property.getWriteMethod().getGenericParameterTypes()[0];
            String name = property.getName();
            if (type instanceof ParameterizedType generic && Map.class.isAssignableFrom(property.getPropertyType())) {
                Type valueType = generic.getActualTypeArguments()[1];
                String key = random.nextInt(5) == 0 ? "abc" : mapKey(name);
                params.put(name + "[" + key + "]", value(valueType, name));
            } else if (Collection.class.isAssignableFrom(property.getPropertyType())) {
                params.put(name + "[" + (random.nextInt(5) == 0 ? "99999" : "0") + "]", text());
            } else {
                params.put(name, value(type, name));
            }
        }
    }

    private String mapKey(String property) {
        String lower = property.toLowerCase(Locale.ROOT);
        if (lower.startsWith("milestone") || lower.startsWith("subtarget")) {
            return ids.get("milestoneId") + (lower.startsWith("subtarget") ? "-0" : "");
        }
        if (lower.startsWith("spent") || lower.contains("budget")) {
            return ids.get("budgetLineId");
        }
        return ids.get("indicatorId");
    }

    /** A value for a field or parameter of the given type, as text; mostly malformed. */
    private String value(Type type, String name) {
        if (name.equals("version") && random.nextBoolean()) {
            return currentVersion();
        }
        Class<?> raw = type instanceof Class<?> c ? c : Object.class;
        int pick = random.nextInt(10);
        if (pick < 2) {
            return text();
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            String[] bad = {"NOT_A_VALUE", "", constants[0].toString().toLowerCase(Locale.ROOT), "0", "\u0000"};
            return pick < 5 ? constants[random.nextInt(constants.length)].toString() : bad[random.nextInt(bad.length)];
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            return number();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return new String[] {"true", "false", "maybe", "", "2", "\u0000"}[random.nextInt(6)];
        }
        if (raw == LocalDate.class) {
            return new String[] {"2024-13-45", "yesterday", "", "99999-01-01", "2024-02-30", "2025-06-30"}
                    [random.nextInt(6)];
        }
        return random.nextBoolean() ? text() : number();
    }

    private String currentVersion() {
        Long version = jdbc.queryForObject(
                "select version from report where id = ?", Long.class, Long.valueOf(ids.get("reportId")));
        return String.valueOf(version);
    }

    private String text() {
        return switch (random.nextInt(12)) {
            case 0 -> "a\u0000b";
            case 1 -> "响铃\u0007与退格\b";
            case 2 -> "x".repeat(256);
            case 3 -> "长".repeat(2001);
            case 4 -> "y".repeat(4001);
            case 5 -> "z".repeat(70_000);
            case 6 -> "   ";
            case 7 -> "<script>alert(1)</script>";
            case 8 -> "\uD800孤立代理";
            case 9 -> "\u0000";
            case 10 -> "正常的文字";
            default -> "";
        };
    }

    private String number() {
        String[] numbers = {
            "1e400",
            "-1e400",
            "99999999999999999999.99999",
            "12345678901234567.1234",
            "100000000000000",
            "99999999999999.9999",
            "0.00001",
            "-1",
            "-0.0001",
            "150",
            "100.5",
            "abc",
            "",
            "1,000",
            "NaN",
            "Infinity",
            "0x10",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "36",
            "1",
            "1" + "0".repeat(400),
            "１２",
            "五十",
            "\u00001"
        };
        return numbers[random.nextInt(numbers.length)];
    }

    /** A JSON value for a body of the given type, with malformed leaves and now and then a malformed shape. */
    private Object json(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p
                ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (depth > 0 && random.nextInt(12) == 0) {
            return new Object[] {"wrong type", 12, true, List.of(1), Map.of("a", 1), null}[random.nextInt(6)];
        }
        if (raw.isRecord()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (random.nextInt(4) > 0) {
                    object.put(component.getName(), json(component.getGenericType(), depth + 1));
                }
            }
            if (random.nextInt(10) == 0) {
                object.put("unknownField", "x");
            }
            return object;
        }
        if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            Map<String, Object> object = new LinkedHashMap<>();
            Type valueType = generic.getActualTypeArguments()[1];
            String[] keys = {
                ids.get("indicatorId"),
                ids.get("milestoneId"),
                ids.get("budgetLineId"),
                "0",
                "abc",
                "99999999999999999999",
                "-1"
            };
            int entries = 1 + random.nextInt(2);
            for (int i = 0; i < entries; i++) {
                object.put(keys[random.nextInt(keys.length)], json(valueType, depth + 1));
            }
            return object;
        }
        if (raw == String.class) {
            return text();
        }
        if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw)) {
            String[] numbers = {
                "1e400",
                "99999999999999999999.99999",
                "100000000000000",
                "-1",
                "-0.5",
                "150",
                "36",
                "12.34567",
                "\"abc\"",
                "\"12\"",
                "1" + "0".repeat(400)
            };
            return new RawJson(numbers[random.nextInt(numbers.length)]);
        }
        if (raw == Boolean.class) {
            return new Object[] {true, "maybe", 2, null}[random.nextInt(4)];
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return random.nextBoolean() ? constants[random.nextInt(constants.length)].toString() : "NOT_A_VALUE";
        }
        return text();
    }

    /** A number as it is written in the JSON, unquoted. */
    private record RawJson(String text) {}

    private String jsonBody(Object body) {
        return switch (random.nextInt(14)) {
            case 0 -> "{";
            case 1 -> "[]";
            case 2 -> "null";
            case 3 -> "";
            case 4 -> "{\"values\":{\"1\":{\"number\":1}}" + "]".repeat(3);
            default -> write(body);
        };
    }

    private static String write(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof RawJson raw) {
            return raw.text();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(write(String.valueOf(k))).append(':').append(write(v));
            });
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return "["
                    + String.join(
                            ",",
                            list.stream().map(MalformedRequestFuzzTest::write).toList()) + "]";
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        return String.valueOf(value);
    }

    private String uploadName() {
        return new String[] {
                    "证明.pdf", "a\u0000.pdf", "x".repeat(300) + ".pdf", "", "../../etc/passwd", "表.xlsx", "no-extension"
                }
                [random.nextInt(7)];
    }

    private String uploadType() {
        return new String[] {"application/pdf", "application/octet-stream", "text/html", "", "image/png"}
                [random.nextInt(5)];
    }

    private byte[] uploadContent() {
        return switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "%PDF-1.4 fuzz".getBytes(StandardCharsets.UTF_8);
            case 2 -> "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> new byte[] {0, 1, 2, 3, (byte) 0xff};
            default -> "<html>hello</html>".getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String readable(MockHttpServletResponse response) throws Exception {
        String type = response.getContentType();
        if (type != null && !type.startsWith("text/") && !type.contains("json")) {
            return "";
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the run found, in target/fuzz-report.txt: the answers by status, the slowest routes and every failure. */
    private static void report(
            double seconds, Map<Integer, Integer> statuses, Map<String, Long> nanosByRoute, List<String> failures)
            throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d requests in %.1f s, statuses %s", REQUESTS, seconds, statuses));
        nanosByRoute.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> lines.add(String.format("%6d ms %s", e.getValue() / 1_000_000, e.getKey())));
        lines.addAll(failures);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "fuzz-report.txt"), lines, StandardCharsets.UTF_8);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(cause.getMessage()));
    }

    private static String abbreviate(String text) {
        String visible = text.replaceAll("\\p{Cc}", "^").replaceAll("\\p{Cs}", "?");
        return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + ")" : visible;
    }
}
