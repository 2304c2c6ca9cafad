package db.demo;

import static db.demo.DemoRows.decimal;
import static db.demo.DemoRows.insertReturningId;
import static db.demo.DemoRows.integer;
import static db.demo.DemoRows.text;
import static db.demo.DemoRows.update;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Loads one seed plan file for {@link V3_1__demo_plans}: its regions, organisations, goal trees, milestones,
 * indicators and budgets. Anything the file names but does not define fails the migration.
 */
final class DemoPlanLoader {

    private final Connection db;
    private final JsonNode plan;
    private final String key;
    private final DemoOrganizations organizations;
    private final Map<String, Long> goals = new HashMap<>();
    private final Timestamp now = Timestamp.from(Instant.now());
    private int goalPosition;

    DemoPlanLoader(Connection db, JsonNode plan, String key) {
        this.db = db;
        this.plan = plan;
        this.key = key;
        this.organizations = new DemoOrganizations(db, plan);
    }

    void load() throws SQLException {
        organizations.load();
        long planId = insertPlan();
        int position = 0;
        for (JsonNode doc : plan.path("basisDocuments")) {
            update(
                    db,
                    "insert into plan_basis_document (plan_id, position, title, number) values (?, ?, ?, ?)",
                    planId,
                    position++,
                    text(doc, "title"),
                    text(doc, "number"));
        }
        for (JsonNode name : plan.path("coverage").path("organizations")) {
            update(
                    db,
                    "insert into plan_coverage (plan_id, organization_id) values (?, ?)",
                    planId,
                    organizations.id(name.asString()));
        }
        for (JsonNode code : plan.path("coverage").path("regions")) {
            update(db, "insert into plan_coverage (plan_id, region_code) values (?, ?)", planId, code.asString());
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
                    db,
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
                    db,
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

    private long insertPlan() throws SQLException {
        String issued = text(plan, "issuedOn");
        return insertReturningId(
                db,
                "insert into plan (plan_key, title, issuer, owner_organization_id, status, start_year, end_year,"
                        + " issued_on, summary, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key,
                text(plan, "title"),
                text(plan, "issuer"),
                organizations.id(text(plan, "owner")),
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
                db,
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
        insertResponsibilities("goal_id", id, goal);
        for (JsonNode child : goal.path("children")) {
            insertGoal(planId, id, child);
        }
    }

    private void insertMilestone(long planId, JsonNode m, int position) throws SQLException {
        String dueDate = text(m, "dueDate");
        long id = insertReturningId(
                db,
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
                    db,
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
                db,
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
                    db,
                    "insert into indicator_yearly_target (indicator_id, year, target_text) values (?, ?, ?)",
                    id,
                    integer(yearly, "year"),
                    text(yearly, "target"));
        }
        insertResponsibilities("indicator_id", id, i);
    }

    /** The units responsible for a goal or an indicator ({@code owner} the column naming it), in the file's order. */
    private void insertResponsibilities(String owner, long id, JsonNode node) throws SQLException {
        int position = 0;
        for (JsonNode unit : node.path("responsible")) {
            update(
                    db,
                    "insert into responsibility (" + owner
                            + ", organization_id, is_leading, position) values (?, ?, ?, ?)",
                    id,
                    organizations.id(text(unit, "organization")),
                    unit.path("leading").asBoolean(false),
                    position++);
        }
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
}
