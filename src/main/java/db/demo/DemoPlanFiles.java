package db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five seed plan files ({@code db/demo/plans/*.json}, see FORMAT.md there), read one after the other. */
final class DemoPlanFiles {

    static final List<String> PLANS = List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");

    /** What a migration does with one plan file. */
    @FunctionalInterface
    interface PlanFileAction {
        void apply(String key, JsonNode plan) throws SQLException;
    }

    private DemoPlanFiles() {}

    /** Hands each plan file to {@code action}, in order; a missing file or any failure fails naming the plan. */
    static void forEach(JsonMapper json, PlanFileAction action) throws SQLException {
        for (String key : PLANS) {
            try (InputStream in = DemoPlanFiles.class.getResourceAsStream("/db/demo/plans/" + key + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("Missing demo plan " + key);
                }
                action.apply(key, json.readTree(in));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Demo plan " + key + ": " + e.getMessage(), e);
            }
        }
    }
}
