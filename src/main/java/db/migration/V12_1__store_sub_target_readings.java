package db.migration;

import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.targets.StoredTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores the reading of every milestone sub-target saved before sub-target readings were stored, as saving the
 * milestone stores it ({@link SubTarget#read}): with the milestone's due year where the wording names none, and the
 * number of institutions that report the milestone (its goal's responsible units, else the plan's owner; a department
 * counts as its hospital, bureaus and government bodies as none, at least one).
 */
public class V12_1__store_sub_target_readings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        String institution = V9_1__store_target_readings.INSTITUTIONS;
        String sql = "select s.milestone_id, s.position, s.label, s.target_text, m.due_year,"
                + " (select count(*) from responsibility r where r.goal_id = m.goal_id) as responsible,"
                + " (select " + institution + " from responsibility r join organization o on o.id = r.organization_id"
                + " where r.goal_id = m.goal_id) as responsible_institutions"
                + " from milestone_sub_target s join milestone m on m.id = s.milestone_id"
                + " order by s.milestone_id, s.position";
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(sql);
                PreparedStatement update = db.prepareStatement("update milestone_sub_target set target_reading = ?,"
                        + " target_parser_version = ? where milestone_id = ? and position = ?")) {
            while (rows.next()) {
                int reporters = rows.getInt("responsible") > 0 ? rows.getInt("responsible_institutions") : 1;
                StoredTarget stored = new SubTarget(rows.getString("label"), rows.getString("target_text"))
                        .read(rows.getInt("due_year"), Math.max(reporters, 1));
                update.setString(1, stored.reading());
                update.setInt(2, stored.parserVersion());
                update.setLong(3, rows.getLong("milestone_id"));
                update.setInt(4, rows.getInt("position"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
