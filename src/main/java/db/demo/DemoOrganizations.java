package db.demo;

import static db.demo.DemoRows.insertReturningId;
import static db.demo.DemoRows.text;
import static db.demo.DemoRows.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The regions and organisations of one seed plan file, for {@link DemoPlanLoader}: inserted unless already there
 * (regions by code, organisations by name under the same parent), and organisation names resolved to ids.
 */
final class DemoOrganizations {

    private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

    private final Connection db;
    private final JsonNode plan;
    private final Map<String, Long> organizations = new HashMap<>();

    DemoOrganizations(Connection db, JsonNode plan) {
        this.db = db;
        this.plan = plan;
    }

    /** Regions from the province down, then organisations without a parent first. */
    void load() throws SQLException {
        loadRegions();
        loadOrganizations();
    }

    private void loadRegions() throws SQLException {
        List<JsonNode> regions = new ArrayList<>();
        plan.path("regions").forEach(regions::add);
        regions.sort((a, b) -> LEVELS.indexOf(text(a, "level")) - LEVELS.indexOf(text(b, "level")));
        for (JsonNode region : regions) {
            update(
                    db,
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
            Long parent = text(org, "parent") == null ? null : id(text(org, "parent"));
            Long id = findOrganization(name, parent);
            if (id == null) {
                id = insertReturningId(
                        db,
                        "insert into organization (name, kind, region_code, parent_id, grade) values (?, ?, ?, ?, ?)",
                        name,
                        text(org, "kind"),
                        text(org, "region"),
                        parent,
                        text(org, "grade"));
            } else if (text(org, "grade") != null) {
                update(db, "update organization set grade = ? where id = ? and grade is null", text(org, "grade"), id);
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

    /** The id of an organisation the file defines, or one already in the database without a parent. */
    Long id(String name) throws SQLException {
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
}
