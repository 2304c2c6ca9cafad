package db.migration;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores the reading of every yearly target saved before they were read on save: with the indicator's unit, name and
 * reporters, as its final target (V9_1), and due in its own year where the wording names none.
 */
public class V13_1__store_yearly_target_readings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<Long, Integer> reporters = V9_1__store_target_readings.reporterCounts(db);
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery("select y.indicator_id, y.year, y.target_text, i.unit, i.name"
                        + " from indicator_yearly_target y join indicator i on i.id = y.indicator_id");
                PreparedStatement update = db.prepareStatement("update indicator_yearly_target set target_reading = ?,"
                        + " target_parser_version = ? where indicator_id = ? and year = ?")) {
            while (rows.next()) {
                long indicator = rows.getLong("indicator_id");
                int year = rows.getInt("year");
                StoredTarget stored = StoredTarget.read(
                        rows.getString("target_text"),
                        null,
                        StoredTarget.context(
                                rows.getString("unit"), rows.getString("name"), reporters.getOrDefault(indicator, 0)));
                Target target = stored.target();
                update.setString(
                        1,
                        target == null || target.targetYear() != null
                                ? stored.reading()
                                : StoredTarget.write(
                                        target.toBuilder().targetYear(year).build()));
                update.setInt(2, stored.parserVersion());
                update.setLong(3, indicator);
                update.setInt(4, year);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
