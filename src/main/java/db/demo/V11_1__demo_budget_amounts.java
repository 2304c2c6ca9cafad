package db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what V11 adds to the demo plans' budget lines, from the same files V3_1 loaded (see FORMAT.md): an amount
 * the document does not state ({@code "amount": null}), {@code "recurring"}, {@code "approximate"} and
 * {@code "inTotals"}. Lines are found by plan key and position, as V3_1 numbered them.
 */
public class V11_1__demo_budget_amounts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        JsonMapper json = JsonMapper.builder().build();
        String sql = "update budget_line set amount = ?, recurring = ?, approximate = ?, in_totals = ?"
                + " where position = ? and plan_id = (select id from plan where plan_key = ?)";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (String key : DemoPlanFiles.PLANS) {
                try (InputStream in = getClass().getResourceAsStream("/db/demo/plans/" + key + ".json")) {
                    if (in == null) {
                        throw new IllegalStateException("Missing demo plan " + key);
                    }
                    int position = 0;
                    for (JsonNode line : json.readTree(in).path("budgetLines")) {
                        apply(update, key, ++position, line);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Demo plan " + key + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static void apply(PreparedStatement update, String key, int position, JsonNode line) throws SQLException {
        JsonNode amount = line.path("amount");
        if (amount.isNull() || amount.isMissingNode()) {
            update.setNull(1, Types.NUMERIC);
        } else {
            update.setBigDecimal(1, new BigDecimal(amount.asString().strip()));
        }
        update.setBoolean(2, line.path("recurring").asBoolean(false));
        update.setBoolean(3, line.path("approximate").asBoolean(false));
        update.setBoolean(4, line.path("inTotals").asBoolean(true));
        update.setInt(5, position);
        update.setString(6, key);
        if (update.executeUpdate() != 1) {
            throw new IllegalStateException("Demo plan " + key + ": no budget line at position " + position);
        }
    }
}
