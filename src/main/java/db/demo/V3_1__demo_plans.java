package db.demo;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the five seed plans from {@code db/demo/plans/*.json} (see FORMAT.md there): their regions, organisations,
 * goal trees, milestones, indicators and budgets ({@link DemoPlanLoader}). Anything a file names but does not define
 * fails the migration.
 */
public class V3_1__demo_plans extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        JsonMapper json = JsonMapper.builder().build();
        DemoPlanFiles.forEach(json, (key, plan) -> new DemoPlanLoader(connection, plan, key).load());
    }
}
