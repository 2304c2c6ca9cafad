package db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the five seed plans from {@code db/demo/plans/*.json} (see FORMAT.md there): their regions, organisations,
 * goal trees, milestones, indicators and budgets. Anything a file names but does not define fails the migration.
 */
public class V3_1__demo_plans extends BaseJavaMigration {

    static final List<String> PLANS = List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");
    private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        JsonMapper json = JsonMapper.builder().build();
        for (String key : PLANS) {
            try (InputStream in = getClass().getResourceAsStream("/db/demo/plans/" + key + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("Missing demo plan " + key);
                }
                new PlanLoader(connection, json.readTree(in), key).load();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Demo plan " + key + ": " + e.getMessage(), e);
            }
        }
    }

    /** Loads one plan file. */
    private static final class PlanLoader {

        private final Connection db;
        private final JsonNode plan;
        private final String key;
        private final Map<String, Long> organizations = new HashMap<>();
        private final Map<String, Long> goals = new HashMap<>();
        private final Timestamp now = Timestamp.from(Instant.now());
        private int goalPosition;

        PlanLoader(Connection db, JsonNode plan, String key) {
            this.db = db;
            this.plan = plan;
            this.key = key;
        }

        void load() throws SQLException {
            loadRegions();
            loadOrganizations();
            long planId = insertPlan();
            int position = 0;
            for (JsonNode doc : plan.path("basisDocuments")) {
                update(
                        "insert into plan_basis_document (plan_id, position, title, number) values (?, ?, ?, ?)",
                        planId,
                        position++,
                        text(doc, "title"),
                        text(doc, "number"));
            }
            for (JsonNode name : plan.path("coverage").path("organizations")) {
                update(
                        "insert into plan_coverage (plan_id, organization_id) values (?, ?)",
                        planId,
                        org(name.asString()));
            }
            for (JsonNode code : plan.path("coverage").path("regions")) {
                update("insert into plan_coverage (plan_id, region_code) values (?, ?)", planId, code.asString());
            }
            for (JsonNode goal : plan.path("goals")) {
                insertGoal(planId, null, goal);
            }
            position = 0;
            for (JsonNode m : plan.path("milestones")) {
                insertMilestone(planId, m, ++position);
            }
            position = 0;
            for (JsonNode indicator : plan.path("indicators")) {
                insertIndicator(planId, indicator, ++position);
            }
            position = 0;
            // the budget_line of V3: an amount is required, so a line without one gets 0 here; V11_1 then writes
            // what V11 adds (amount not stated, 每年, 约, 计入合计) from the same files
            for (JsonNode line : plan.path("budgetLines")) {
                BigDecimal amount = decimal(line, "amount");
                update(
                        "insert into budget_line (plan_id, goal_id, position, funding_source, category, year, amount, note)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                        planId,
                        goal(text(line, "goal")),
                        ++position,
                        text(line, "source"),
                        text(line, "category"),
                        integer(line, "year"),
                        amount == null ? BigDecimal.ZERO : amount,
                        text(line, "note"));
            }
            position = 0;
            for (JsonNode total : plan.path("statedTotals")) {
                update(
                        "insert into budget_stated_total (plan_id, position, label, funding_source, category, year, amount)"
                                + " values (?, ?, ?, ?, ?, ?, ?)",
                        planId,
                        ++position,
                        text(total, "label"),
                        text(total, "source"),
                        text(total, "category"),
                        integer(total, "year"),
                        decimal(total, "amount"));
            }
        }

        private void loadRegions() throws SQLException {
            List<JsonNode> regions = new ArrayList<>();
            plan.path("regions").forEach(regions::add);
            regions.sort((a, b) -> LEVELS.indexOf(text(a, "level")) - LEVELS.indexOf(text(b, "level")));
            for (JsonNode region : regions) {
                update(
                        "insert into region (code, name, level, parent_code) values (?, ?, ?, ?) on conflict (code) do nothing",
                        text(region, "code"),
                        text(region, "name"),
                        text(region, "level"),
                        text(region, "parent"));
            }
        }

        /** Organisations without a parent first, so that departments find their hospital. */
        private void loadOrganizations() throws SQLException {
            List<JsonNode> pending = new ArrayList<>();
            plan.path("organizations").forEach(pending::add);
            pending.sort((a, b) -> Boolean.compare(text(a, "parent") != null, text(b, "parent") != null));
            for (JsonNode org : pending) {
                String name = text(org, "name");
                Long parent = text(org, "parent") == null ? null : org(text(org, "parent"));
                Long id = findOrganization(name, parent);
                if (id == null) {
                    id = insertReturningId(
                            "insert into organization (name, kind, region_code, parent_id, grade) values (?, ?, ?, ?, ?)",
                            name,
                            text(org, "kind"),
                            text(org, "region"),
                            parent,
                            text(org, "grade"));
                } else if (text(org, "grade") != null) {
                    update("update organization set grade = ? where id = ? and grade is null", text(org, "grade"), id);
                }
                organizations.put(name, id);
            }
        }

        private Long findOrganization(String name, Long parent) throws SQLException {
            String sql = parent == null
                    ? "select id from organization where name = ? and parent_id is null"
                    : "select id from organization where name = ? and parent_id = ?";
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, name);
                if (parent != null) {
                    query.setLong(2, parent);
                }
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : null;
                }
            }
        }

        private long insertPlan() throws SQLException {
            String issued = text(plan, "issuedOn");
            return insertReturningId(
                    "insert into plan (plan_key, title, issuer, owner_organization_id, status, start_year, end_year,"
                            + " issued_on, summary, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    key,
                    text(plan, "title"),
                    text(plan, "issuer"),
                    org(text(plan, "owner")),
                    text(plan, "status"),
                    integer(plan, "startYear"),
                    integer(plan, "endYear"),
                    issued == null ? null : Date.valueOf(LocalDate.parse(issued)),
                    text(plan, "summary"),
                    now,
                    now);
        }

        private void insertGoal(long planId, Long parentId, JsonNode goal) throws SQLException {
            long id = insertReturningId(
                    "insert into goal (plan_id, parent_id, position, number, title, description) values (?, ?, ?, ?, ?, ?)",
                    planId,
                    parentId,
                    ++goalPosition,
                    text(goal, "number"),
                    text(goal, "title"),
                    text(goal, "description"));
            String goalKey = text(goal, "key");
            if (goals.put(goalKey, id) != null) {
                throw new IllegalStateException("Goal key used twice: " + goalKey);
            }
            int position = 0;
            for (JsonNode unit : goal.path("responsible")) {
                update(
                        "insert into responsibility (goal_id, organization_id, is_leading, position) values (?, ?, ?, ?)",
                        id,
                        org(text(unit, "organization")),
                        unit.path("leading").asBoolean(false),
                        position++);
            }
            for (JsonNode child : goal.path("children")) {
                insertGoal(planId, id, child);
            }
        }

        private void insertMilestone(long planId, JsonNode m, int position) throws SQLException {
            String dueDate = text(m, "dueDate");
            long id = insertReturningId(
                    "insert into milestone (plan_id, goal_id, position, title, description, due_year, due_date, planned_cost)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    planId,
                    goal(text(m, "goal")),
                    position,
                    text(m, "title"),
                    text(m, "description"),
                    integer(m, "dueYear"),
                    dueDate == null ? null : Date.valueOf(LocalDate.parse(dueDate)),
                    decimal(m, "plannedCost"));
            int part = 0;
            for (JsonNode sub : m.path("subTargets")) {
                update(
                        "insert into milestone_sub_target (milestone_id, position, label, target_text) values (?, ?, ?, ?)",
                        id,
                        part++,
                        text(sub, "label"),
                        text(sub, "target"));
            }
        }

        private void insertIndicator(long planId, JsonNode i, int position) throws SQLException {
            JsonNode baseline = i.path("baseline");
            String baselineText = baseline.isObject() ? text(baseline, "value") : null;
            boolean level = "LEVEL".equals(text(i, "valueKind"));
            BigDecimal baselineNumber = null;
            String baselineLevel = null;
            if (baselineText != null) {
                if (level) {
                    baselineLevel = baselineText;
                } else {
                    baselineNumber = new BigDecimal(baselineText.strip());
                }
            }
            long id = insertReturningId(
                    "insert into indicator (plan_id, goal_id, position, number, category, name, unit, definition, direction,"
                            + " value_kind, level_scale, binding, baseline_value, baseline_level, baseline_year, target_text, note)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    planId,
                    goal(text(i, "goal")),
                    position,
                    text(i, "number"),
                    text(i, "category"),
                    text(i, "name"),
                    text(i, "unit"),
                    text(i, "definition"),
                    text(i, "direction"),
                    text(i, "valueKind"),
                    text(i, "levelScale"),
                    "BINDING".equals(text(i, "binding")),
                    baselineNumber,
                    baselineLevel,
                    baseline.isObject() ? integer(baseline, "year") : null,
                    text(i, "target"),
                    text(i, "note"));
            for (JsonNode yearly : i.path("yearlyTargets")) {
                update(
                        "insert into indicator_yearly_target (indicator_id, year, target_text) values (?, ?, ?)",
                        id,
                        integer(yearly, "year"),
                        text(yearly, "target"));
            }
            int unitPosition = 0;
            for (JsonNode unit : i.path("responsible")) {
                update(
                        "insert into responsibility (indicator_id, organization_id, is_leading, position) values (?, ?, ?, ?)",
                        id,
                        org(text(unit, "organization")),
                        unit.path("leading").asBoolean(false),
                        unitPosition++);
            }
        }

        private Long org(String name) throws SQLException {
            if (name == null) {
                return null;
            }
            Long id = organizations.get(name);
            if (id == null) {
                id = findOrganization(name, null);
            }
            if (id == null) {
                throw new IllegalStateException("Organisation not defined in the file: " + name);
            }
            return id;
        }

        private Long goal(String goalKey) {
            if (goalKey == null) {
                return null;
            }
            Long id = goals.get(goalKey);
            if (id == null) {
                throw new IllegalStateException("Unknown goal key: " + goalKey);
            }
            return id;
        }

        private void update(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                bind(statement, values);
                statement.executeUpdate();
            }
        }

        private long insertReturningId(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, values);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong("id");
                }
            }
        }

        private static void bind(PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            String text = value.isString() ? value.asString() : value.toString();
            return text.isBlank() ? null : text;
        }

        private static Integer integer(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asInt();
        }

        private static BigDecimal decimal(JsonNode node, String field) {
            String text = text(node, "" + field);
            return text == null ? null : new BigDecimal(text.strip());
        }
    }
}
