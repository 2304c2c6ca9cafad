package com.hospitalplan.planworkbook;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.TargetStatement;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed plans (the files {@code db/demo/plans/*.json} that enter the documents of {@code ../shared/seeds}) as
 * workbooks for regions and organisations of a test's own: every region and organisation a file names is made anew
 * (top-level organisations under a unique name), with a new planner of the plan's owner. The workbook holds all the
 * file states, as the demo migrations read it: goals, milestones, indicators with the planner's readings, target
 * years, approximate flags, roll-up rules, target sources and other statements, budget lines and stated totals. Goals
 * are keyed by their place in the tree and indicators by their position, as an export keys them.
 */
final class SeedWorkbooks {

    /** The seed plans' keys, one file each. */
    static final List<String> KEYS = List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");

    /**
     * A seed plan made ready for import.
     *
     * @param plan what the workbook holds
     * @param directory the regions and organisations made for it
     * @param planner a new planner of the plan's owner
     */
    record Seed(PlanWorkbook plan, byte[] workbook, Directory directory, long ownerId, SignedInUser planner) {

        /** The owner's full name, as the workbook names it. */
        String ownerName() {
            return plan.info().owner();
        }
    }

    private static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY");
    private static final AtomicInteger sequence = new AtomicInteger();
    // a reading in the files names only the slots it needs: "strict" and "approximate" default to false
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final OrganizationService organizations;
    private final TestOrganizations testOrganizations;
    private final TestAccounts accounts;

    SeedWorkbooks(OrganizationService organizations, TestOrganizations testOrganizations, TestAccounts accounts) {
        this.organizations = organizations;
        this.testOrganizations = testOrganizations;
        this.accounts = accounts;
    }

    /** The seed plan {@code key} for a new copy of the regions and organisations its file names. */
    Seed seed(String key) {
        JsonNode file = read(key);
        Map<String, String> regions = regions(file);
        Map<String, Long> ids = organizations(file, regions);
        Directory directory = directory(ids, regions);
        Map<String, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.put(name, directory.fullName(id)));
        PlanWorkbook plan = new Plan(file, names, regions).workbook();
        byte[] workbook = new PlanWorkbookWriter(WorkbookLimits.defaults())
                .write(
                        plan,
                        new PlanWorkbookWriter.Choices(
                                directory.organizationNames(),
                                directory.regionLabels(),
                                WorkbookFormat.COMMON_UNITS,
                                WorkbookFormat.COMMON_CATEGORIES,
                                WorkbookFormat.COMMON_SOURCES,
                                List.of(),
                                SamplePlans.levelScales()),
                        directory);
        long owner = ids.get(text(file, "owner"));
        return new Seed(plan, workbook, directory, owner, accounts.signedIn(Role.PLANNER, owner));
    }

    private static JsonNode read(String key) {
        try (InputStream in = SeedWorkbooks.class.getResourceAsStream("/db/demo/plans/" + key + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No seed plan " + key);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** New regions for the file's, from the province down; the new codes by the file's. */
    private Map<String, String> regions(JsonNode file) {
        List<JsonNode> regions = new ArrayList<>();
        file.path("regions").forEach(regions::add);
        regions.sort((a, b) -> LEVELS.indexOf(text(a, "level")) - LEVELS.indexOf(text(b, "level")));
        Map<String, String> codes = new HashMap<>();
        for (JsonNode region : regions) {
            String parent = text(region, "parent");
            codes.put(
                    text(region, "code"),
                    testOrganizations.region(
                            text(region, "name"),
                            RegionLevel.valueOf(text(region, "level")),
                            parent == null ? null : codes.get(parent)));
        }
        return codes;
    }

    /**
     * New organisations for the file's, those without a parent first; their ids by the file's names. A department
     * the file puts under another department goes under the nearest organisation above that is none: the
     * application keeps departments one level deep.
     */
    private Map<String, Long> organizations(JsonNode file, Map<String, String> regions) {
        Map<String, JsonNode> byName = new HashMap<>();
        file.path("organizations").forEach(org -> byName.put(text(org, "name"), org));
        List<JsonNode> pending = new ArrayList<>(byName.values());
        pending.sort((a, b) -> Integer.compare(depth(a, byName), depth(b, byName)));
        String tag = "-" + sequence.incrementAndGet();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonNode org : pending) {
            String name = text(org, "name");
            String parent = text(org, "parent");
            while (parent != null && "DEPARTMENT".equals(text(byName.get(parent), "kind"))) {
                parent = text(byName.get(parent), "parent");
            }
            ids.put(
                    name,
                    organizations.addOrganization(new OrganizationCommand(
                            // a department is named with its hospital, which already makes it unique
                            parent == null ? name + tag : name,
                            OrganizationKind.valueOf(text(org, "kind")),
                            regions.get(text(org, "region")),
                            parent == null ? null : ids.get(parent),
                            text(org, "grade"))));
        }
        return ids;
    }

    private static int depth(JsonNode org, Map<String, JsonNode> byName) {
        String parent = text(org, "parent");
        return parent == null ? 0 : 1 + depth(byName.get(parent), byName);
    }

    private Directory directory(Map<String, Long> ids, Map<String, String> regions) {
        Set<Long> own = Set.copyOf(ids.values());
        Set<String> codes = Set.copyOf(regions.values());
        Map<String, String> regionNames = new LinkedHashMap<>();
        organizations.regions().stream()
                .filter(r -> codes.contains(r.code()))
                .forEach(r -> regionNames.put(r.code(), r.name()));
        return Directory.of(
                organizations.all().stream()
                        .filter(o -> own.contains(o.id()))
                        .map(o -> new Directory.Organization(o.id(), o.name(), o.fullName()))
                        .toList(),
                regionNames);
    }

    /** One file's plan in workbook terms, with organisations by their new full names and regions by new codes. */
    private static final class Plan {

        private final JsonNode file;
        private final Map<String, String> names;
        private final Map<String, String> regions;
        private final Map<String, String> goalKeys = new HashMap<>();
        private final List<PlanWorkbook.Goal> goals = new ArrayList<>();

        Plan(JsonNode file, Map<String, String> names, Map<String, String> regions) {
            this.file = file;
            this.names = names;
            this.regions = regions;
        }

        PlanWorkbook workbook() {
            addGoals(file.path("goals"), null);
            List<PlanWorkbook.Indicator> indicators = new ArrayList<>();
            for (JsonNode indicator : file.path("indicators")) {
                indicators.add(indicator(indicator, String.valueOf(indicators.size() + 1)));
            }
            return new PlanWorkbook(
                    info(),
                    goals,
                    list(file.path("milestones"), this::milestone),
                    indicators,
                    list(file.path("budgetLines"), this::budgetLine),
                    list(
                            file.path("statedTotals"),
                            t -> new PlanWorkbook.StatedTotal(
                                    text(t, "label"),
                                    text(t, "source"),
                                    text(t, "category"),
                                    integer(t, "year"),
                                    decimal(t, "amount"))));
        }

        private PlanWorkbook.Info info() {
            String issued = text(file, "issuedOn");
            return new PlanWorkbook.Info(
                    text(file, "title"),
                    text(file, "issuer"),
                    names.get(text(file, "owner")),
                    PlanStatus.valueOf(text(file, "status")),
                    integer(file, "startYear"),
                    integer(file, "endYear"),
                    issued == null ? null : LocalDate.parse(issued),
                    text(file, "summary"),
                    list(file.path("basisDocuments"), d -> new BasisDocument(text(d, "title"), text(d, "number"))),
                    list(file.path("coverage").path("organizations"), n -> names.get(n.asString())),
                    list(file.path("coverage").path("regions"), c -> regions.get(c.asString())));
        }

        private void addGoals(JsonNode nodes, String parentKey) {
            int position = 0;
            for (JsonNode goal : nodes) {
                String key = parentKey == null ? String.valueOf(++position) : parentKey + "." + ++position;
                goalKeys.put(text(goal, "key"), key);
                goals.add(new PlanWorkbook.Goal(
                        key,
                        parentKey,
                        text(goal, "number"),
                        text(goal, "title"),
                        text(goal, "description"),
                        leading(goal),
                        others(goal)));
                addGoals(goal.path("children"), key);
            }
        }

        private PlanWorkbook.Milestone milestone(JsonNode m) {
            String dueDate = text(m, "dueDate");
            return new PlanWorkbook.Milestone(
                    goal(m),
                    new MilestoneDefinition(
                            text(m, "title"),
                            text(m, "description"),
                            integer(m, "dueYear"),
                            dueDate == null ? null : LocalDate.parse(dueDate),
                            decimal(m, "plannedCost")),
                    list(m.path("subTargets"), s -> new SubTarget(text(s, "label"), text(s, "target"))));
        }

        private PlanWorkbook.Indicator indicator(JsonNode i, String key) {
            JsonNode baseline = i.path("baseline");
            String baselineText = baseline.isObject() ? text(baseline, "value") : null;
            boolean level = "LEVEL".equals(text(i, "valueKind"));
            String aggregation = text(i, "aggregation");
            return new PlanWorkbook.Indicator(
                    key,
                    goal(i),
                    new IndicatorDefinition(
                            text(i, "number"),
                            text(i, "category"),
                            text(i, "name"),
                            text(i, "unit"),
                            text(i, "definition"),
                            Direction.valueOf(text(i, "direction")),
                            ValueKind.valueOf(text(i, "valueKind")),
                            text(i, "levelScale"),
                            "BINDING".equals(text(i, "binding")),
                            baselineText == null || level ? null : new BigDecimal(baselineText.strip()),
                            level ? baselineText : null,
                            baseline.isObject() ? integer(baseline, "year") : null,
                            text(i, "note"),
                            aggregation == null ? null : Aggregation.valueOf(aggregation)),
                    null,
                    text(i, "target"),
                    planned(i),
                    list(i.path("yearlyTargets"), y -> new YearlyTarget(integer(y, "year"), text(y, "target"))),
                    leading(i),
                    others(i),
                    text(i, "targetSource"),
                    list(i.path("alternativeTargets"), a -> new TargetStatement(text(a, "source"), text(a, "target"))));
        }

        /**
         * The planner's reading the file states, as the demo migration V9_2 takes it: its {@code reading}, or the
         * parser's reading with the file's target year or approximate flag; {@code null} when it states none.
         */
        private Target planned(JsonNode i) {
            JsonNode given = i.path("reading");
            boolean year = !i.path("targetYear").isMissingNode()
                    && !i.path("targetYear").isNull();
            boolean approximate = !i.path("approximate").isMissingNode()
                    && !i.path("approximate").isNull();
            Target base;
            if (given.isObject()) {
                base = JSON.treeToValue(given, Target.class);
            } else if (year || approximate) {
                int responsible = i.path("responsible").size();
                int covered = file.path("coverage").path("organizations").size();
                base = StoredTarget.read(
                                text(i, "target"),
                                null,
                                StoredTarget.context(
                                        text(i, "unit"),
                                        text(i, "name"),
                                        responsible > 0 ? responsible : Math.max(covered, 1)))
                        .target();
                if (base == null) {
                    throw new IllegalStateException("The parser cannot read " + text(i, "target"));
                }
            } else {
                return null;
            }
            Target.Builder planned = base.toBuilder().text(text(i, "target"));
            if (year) {
                planned.targetYear(i.path("targetYear").asInt());
            }
            if (approximate) {
                planned.approximate(i.path("approximate").asBoolean());
            }
            return planned.build();
        }

        private PlanWorkbook.BudgetLine budgetLine(JsonNode l) {
            return new PlanWorkbook.BudgetLine(
                    text(l, "source"),
                    text(l, "category"),
                    integer(l, "year"),
                    new BudgetAmount(
                            decimal(l, "amount"),
                            l.path("recurring").asBoolean(false),
                            l.path("approximate").asBoolean(false),
                            l.path("inTotals").asBoolean(true)),
                    goal(l),
                    text(l, "note"));
        }

        private String goal(JsonNode item) {
            String key = text(item, "goal");
            if (key == null) {
                return null;
            }
            String goal = goalKeys.get(key);
            if (goal == null) {
                throw new IllegalStateException("Unknown goal key: " + key);
            }
            return goal;
        }

        /** The leading unit's new full name, or {@code null}. */
        private String leading(JsonNode item) {
            for (JsonNode unit : item.path("responsible")) {
                if (unit.path("leading").asBoolean(false)) {
                    return names.get(text(unit, "organization"));
                }
            }
            return null;
        }

        /** The other units' new full names, in the file's order. */
        private List<String> others(JsonNode item) {
            List<String> others = new ArrayList<>();
            for (JsonNode unit : item.path("responsible")) {
                if (!unit.path("leading").asBoolean(false)) {
                    others.add(names.get(text(unit, "organization")));
                }
            }
            return others;
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    /** A field as text, as the demo migrations read it: blank is none, a number its digits. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isBlank() ? null : text;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asInt();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : new BigDecimal(value.strip());
    }
}
