package db.demo;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The sample reports (V7_1) were made before targets were stored, on a path towards each target as if it were the
 * latest value. A target summed over the plan or a span ("5年引进博士10名") counts each year's own figure, so its sample
 * values become each year's share of the total, with a little noise, and the totals are reached near the end.
 */
public class V12_2__demo_sample_flows extends BaseJavaMigration {

    private static final String SAMPLE = "【示例数据】";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        String sql = "select v.id, i.target_reading, p.start_year, p.end_year from report_value v"
                + " join indicator i on i.id = v.indicator_id join plan p on p.id = i.plan_id"
                + " where v.explanation = '" + SAMPLE + "' and v.number_value is not null"
                + " and i.target_reading is not null";
        try (Statement select = db.createStatement();
                ResultSet rows = select.executeQuery(sql);
                PreparedStatement update =
                        db.prepareStatement("update report_value set number_value = ? where id = ?")) {
            while (rows.next()) {
                Target target = StoredTarget.target(rows.getString("target_reading"));
                if (target == null || target.measure() != Measure.CUMULATIVE || target.value() == null) {
                    continue;
                }
                int years = target.spanYears() != null
                        ? target.spanYears()
                        : rows.getInt("end_year") - rows.getInt("start_year") + 1;
                BigDecimal total =
                        target.bound() == Bound.RANGE && target.upper() != null ? target.upper() : target.value();
                long id = rows.getLong("id");
                double noise = 0.85 + new Random(id).nextDouble() * 0.3;
                BigDecimal flow = total.multiply(BigDecimal.valueOf(noise))
                        .divide(
                                BigDecimal.valueOf(Math.max(years, 1)),
                                total.scale() > 0 ? 1 : 0,
                                RoundingMode.HALF_UP);
                update.setBigDecimal(1, flow);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
