package db.demo;

import static db.demo.DemoRows.text;
import static db.demo.DemoRows.update;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies what the demo plan files state about each target beyond its wording (FORMAT.md): the planner's reading
 * ({@code reading}, stored as read by a planner and never replaced by a parser), its target year and approximate flag,
 * the roll-up rule ({@code aggregation}), where the target stands in the document ({@code targetSource}) and the
 * document's other statements of the same target ({@code alternativeTargets}, read by the parser).
 *
 * <p>It runs after V9_1 stored the parser's reading of every demo target. An indicator is found by its plan key and
 * its position in the file, and must have the file's name and target wording there: anything else fails the
 * migration rather than change another indicator.
 */
public class V9_2__demo_target_readings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        // a reading in the file names only the slots it needs: "strict" and "approximate" default to false
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        DemoPlanFiles.forEach(json, (key, plan) -> new PlanReadings(db, json, plan, key).apply());
    }

    /** An indicator row as V3_1 and V9_1 left it. */
    private record Row(long id, String name, String unit, String targetText, String reading, int reporters) {}

    /** Applies one plan file's target statements. */
    private static final class PlanReadings {

        private final Connection db;
        private final JsonMapper json;
        private final JsonNode plan;
        private final String key;

        PlanReadings(Connection db, JsonMapper json, JsonNode plan, String key) {
            this.db = db;
            this.json = json;
            this.plan = plan;
            this.key = key;
        }

        void apply() throws SQLException {
            List<Row> rows = rows();
            List<JsonNode> indicators = new ArrayList<>();
            plan.path("indicators").forEach(indicators::add);
            if (rows.size() != indicators.size()) {
                throw new IllegalStateException(
                        "the file has " + indicators.size() + " indicators, the database " + rows.size());
            }
            for (int i = 0; i < indicators.size(); i++) {
                JsonNode indicator = indicators.get(i);
                Row row = rows.get(i);
                String where = "indicator " + (i + 1) + " (" + text(indicator, "name") + ")";
                if (!Objects.equals(row.name(), text(indicator, "name"))
                        || !Objects.equals(row.targetText(), text(indicator, "target"))) {
                    throw new IllegalStateException(where + " does not match the database's indicator " + (i + 1) + " ("
                            + row.name() + ", target " + row.targetText() + ")");
                }
                try {
                    apply(indicator, row);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(where + ": " + e.getMessage(), e);
                }
            }
        }

        private void apply(JsonNode indicator, Row row) throws SQLException {
            Target reading = planned(indicator, row);
            if (reading != null) {
                String stored = StoredTarget.write(reading);
                update(
                        db,
                        "update indicator set target_structure = ?, target_reading = ?, target_read_by = ?,"
                                + " target_parser_version = null where id = ?",
                        stored,
                        stored,
                        StoredTarget.ReadBy.PLANNER.name(),
                        row.id());
            }
            String aggregation = text(indicator, "aggregation");
            if (aggregation != null) {
                update(
                        db,
                        "update indicator set aggregation = ? where id = ?",
                        Aggregation.valueOf(aggregation).name(),
                        row.id());
            }
            String source = text(indicator, "targetSource");
            if (source != null) {
                update(db, "update indicator set target_source = ? where id = ?", source, row.id());
            }
            int position = 0;
            for (JsonNode alternative : indicator.path("alternativeTargets")) {
                String targetText = text(alternative, "target");
                String where = text(alternative, "source");
                if (targetText == null || where == null) {
                    throw new IllegalStateException("an alternative target needs its target and its source");
                }
                StoredTarget read = StoredTarget.read(
                        targetText, null, StoredTarget.context(row.unit(), row.name(), row.reporters()));
                update(
                        db,
                        "insert into indicator_alternative_target"
                                + " (indicator_id, position, target_text, source, target_reading, parser_version)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        row.id(),
                        position++,
                        targetText,
                        where,
                        read.reading(),
                        read.parserVersion());
            }
        }

        /**
         * The planner's reading the file states: its {@code reading}, or the parser's stored reading when the file
         * gives only a target year or the approximate flag; {@code null} when the file states none of them.
         */
        private Target planned(JsonNode indicator, Row row) {
            JsonNode given = indicator.path("reading");
            boolean year =
                    indicator.has("targetYear") && !indicator.path("targetYear").isNull();
            boolean approximate = indicator.has("approximate")
                    && !indicator.path("approximate").isNull();
            if (given.isMissingNode() || given.isNull()) {
                if (!year && !approximate) {
                    return null;
                }
                if (row.reading() == null) {
                    throw new IllegalStateException(
                            "the parser could not read the target, so a target year or approximate flag needs a reading");
                }
            }
            Target base = given.isObject() ? json.treeToValue(given, Target.class) : StoredTarget.target(row.reading());
            if (base.measure() == null || base.bound() == null) {
                throw new IllegalStateException("a reading needs its measure and bound");
            }
            if (base.text() != null && !base.text().equals(row.targetText())) {
                throw new IllegalStateException(
                        "the reading's text " + base.text() + " is not the target " + row.targetText());
            }
            Target.Builder planned = base.toBuilder().text(row.targetText());
            if (year) {
                planned.targetYear(indicator.path("targetYear").asInt());
            }
            if (approximate) {
                planned.approximate(indicator.path("approximate").asBoolean());
            }
            return planned.build();
        }

        private List<Row> rows() throws SQLException {
            String sql = "select i.id, i.name, i.unit, i.target_text, i.target_reading,"
                    + " (select count(*) from responsibility r where r.indicator_id = i.id) as responsible,"
                    + " (select count(*) from plan_coverage c where c.plan_id = i.plan_id"
                    + " and c.organization_id is not null) as covered"
                    + " from indicator i join plan p on p.id = i.plan_id where p.plan_key = ? order by i.position, i.id";
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, key);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        int responsible = r.getInt("responsible");
                        rows.add(new Row(
                                r.getLong("id"),
                                r.getString("name"),
                                r.getString("unit"),
                                r.getString("target_text"),
                                r.getString("target_reading"),
                                // as V9_1 counts them: the responsible units, else the plan's covered institutions
                                responsible > 0 ? responsible : Math.max(r.getInt("covered"), 1)));
                    }
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("no plan with key " + key + " and indicators in the database");
            }
            return rows;
        }
    }
}
