package db.migration;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores the reading of every target saved before readings were stored: the planner's structured entry where there is
 * one, otherwise what the parser reads, with its version; and the reading of each revision's original wording.
 */
public class V9_1__store_target_readings extends BaseJavaMigration {

    /**
     * SQL counting the institutions among organisations {@code o}: a department counts as its hospital, health
     * bureaus and government bodies as none.
     */
    static final String INSTITUTIONS = "count(distinct case when o.kind = 'DEPARTMENT' then coalesce(o.parent_id, o.id)"
            + " when o.kind in ('HEALTH_BUREAU', 'GOVERNMENT_BODY') then null else o.id end)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<Long, Integer> reporters = reporterCounts(db);
        Map<Long, String[]> units = new HashMap<>();
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, target_text, unit, name, target_structure from indicator order by id");
                PreparedStatement update = db.prepareStatement("update indicator set target_reading = ?,"
                        + " target_read_by = ?, target_parser_version = ? where id = ?")) {
            while (rows.next()) {
                long id = rows.getLong("id");
                String unit = rows.getString("unit");
                String name = rows.getString("name");
                units.put(id, new String[] {unit, name});
                Target structured = StoredTarget.target(rows.getString("target_structure"));
                StoredTarget stored = StoredTarget.read(
                        rows.getString("target_text"),
                        structured,
                        StoredTarget.context(unit, name, reporters.getOrDefault(id, 0)));
                update.setString(1, stored.reading());
                update.setString(2, stored.readBy().name());
                if (stored.parserVersion() == null) {
                    update.setNull(3, Types.INTEGER);
                } else {
                    update.setInt(3, stored.parserVersion());
                }
                update.setLong(4, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery("select id, indicator_id, old_text from target_revision");
                PreparedStatement update =
                        db.prepareStatement("update target_revision set old_reading = ? where id = ?")) {
            while (rows.next()) {
                String[] indicator = units.getOrDefault(rows.getLong("indicator_id"), new String[2]);
                StoredTarget stored = StoredTarget.read(
                        rows.getString("old_text"),
                        null,
                        StoredTarget.context(
                                indicator[0], indicator[1], reporters.getOrDefault(rows.getLong("indicator_id"), 0)));
                update.setString(1, stored.reading());
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * How many institutions report each indicator: its responsible units, else the plan's covered institutions, else
     * its owner; a department counts as its hospital, bureaus and government bodies as none, and at least one (the
     * rule of {@code plan.ReportingInstitutions}).
     */
    static Map<Long, Integer> reporterCounts(Connection db) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        String institution = INSTITUTIONS;
        String sql = "select i.id,"
                + " (select count(*) from responsibility r where r.indicator_id = i.id) as responsible,"
                + " (select " + institution + " from responsibility r join organization o on o.id = r.organization_id"
                + " where r.indicator_id = i.id) as responsible_institutions,"
                + " (select count(*) from plan_coverage c where c.plan_id = i.plan_id"
                + " and c.organization_id is not null) as covered,"
                + " (select " + institution + " from plan_coverage c join organization o on o.id = c.organization_id"
                + " where c.plan_id = i.plan_id) as covered_institutions"
                + " from indicator i";
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                int institutions = rows.getInt("responsible") > 0
                        ? rows.getInt("responsible_institutions")
                        : rows.getInt("covered") > 0 ? rows.getInt("covered_institutions") : 1;
                counts.put(rows.getLong("id"), Math.max(institutions, 1));
            }
        }
        return counts;
    }
}
