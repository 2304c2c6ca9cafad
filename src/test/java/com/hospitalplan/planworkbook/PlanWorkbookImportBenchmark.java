package com.hospitalplan.planworkbook;

import com.hospitalplan.PlanTrackerApplication;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestDatabase;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the import of a plan workbook with 2,000 indicators: reading and checking every cell (parse + validate), then
 * writing the plan (save). Not a test: run it on purpose, on a quiet machine, with
 *
 * <pre>
 * ./mvnw -B -q -Dskip.npm=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.hospitalplan.planworkbook.PlanWorkbookImportBenchmark
 * </pre>
 *
 * It starts the application with the demo data on a fresh database of its own (like the tests, dropped at the end),
 * makes a hospital of its own with departments and a planner, makes the workbook, imports it once to warm up and then
 * {@code RUNS} times, and prints each run and the median. Results belong in docs/performance.md.
 */
public final class PlanWorkbookImportBenchmark {

    static final int INDICATORS = 2_000;
    static final int CHAPTERS = 20;
    static final int TASKS_PER_CHAPTER = 10;
    static final int RUNS = 5;
    /** Departments made besides the one of the hospital's tree, to share the responsibilities. */
    static final int DEPARTMENTS = 30;

    private PlanWorkbookImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanTrackerApplication.class)
                .profiles("demo")
                .run(TestDatabase.get().arguments("--server.port=0", "--logging.level.root=WARN"))) {
            PlanWorkbookService service = app.getBean(PlanWorkbookService.class);
            TestOrganizations organizations = app.getBean(TestOrganizations.class);
            TestOrganizations.Tree tree = organizations.tree();
            SignedInUser planner = app.getBean(TestAccounts.class).signedIn(Role.PLANNER, tree.hospitalId());
            Set<Long> own = new HashSet<>(List.of(tree.hospitalId(), tree.departmentId()));
            for (int d = 0; d < DEPARTMENTS; d++) {
                own.add(organizations.departmentOf(
                        tree.hospitalId(), tree.area().countyCode()));
            }
            // the hospital first: it owns the plan
            List<String> units = app.getBean(OrganizationService.class).all().stream()
                    .filter(o -> own.contains(o.id()))
                    .sorted(Comparator.comparing((OrganizationView o) -> o.parentId() != null))
                    .map(OrganizationView::fullName)
                    .toList();
            byte[] workbook = workbook(units, service.limits());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            System.out.printf(
                    "Workbook: %,d bytes, %d goals, %,d indicators (3 yearly targets, 2 units each), %d milestones,"
                            + " %d budget lines; %d CPUs, Java %s%n",
                    workbook.length,
                    CHAPTERS * (TASKS_PER_CHAPTER + 1),
                    INDICATORS,
                    CHAPTERS * 5,
                    CHAPTERS * 10,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));

            long[] read = new long[RUNS];
            long[] save = new long[RUNS];
            for (int run = -1; run < RUNS; run++) {
                long start = System.nanoTime();
                String token = service.read(workbook, "benchmark.xlsx", null, planner, Locale.CHINA);
                long parsed = System.nanoTime();
                Long planId = service.confirm(token, planner);
                long saved = System.nanoTime();
                Long count =
                        jdbc.queryForObject("select count(*) from indicator where plan_id = ?", Long.class, planId);
                if (count == null || count != INDICATORS) {
                    throw new IllegalStateException("Plan " + planId + " has " + count + " indicators");
                }
                if (run >= 0) {
                    read[run] = (parsed - start) / 1_000_000;
                    save[run] = (saved - parsed) / 1_000_000;
                    System.out.printf(
                            "run %d: parse+validate %5d ms, save %5d ms, total %5d ms%n",
                            run + 1, read[run], save[run], read[run] + save[run]);
                } else {
                    System.out.printf(
                            "warm-up: parse+validate %5d ms, save %5d ms%n",
                            (parsed - start) / 1_000_000, (saved - parsed) / 1_000_000);
                }
            }
            long[] total = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                total[i] = read[i] + save[i];
            }
            System.out.printf(
                    "median of %d runs: parse+validate %d ms, save %d ms, total %d ms (max total %d ms)%n",
                    RUNS,
                    median(read),
                    median(save),
                    median(total),
                    Arrays.stream(total).max().orElse(0));
        }
        System.exit(0);
    }

    /**
     * A published plan of the hospital {@code units.get(0)} with {@link #INDICATORS} indicators in a two-level goal
     * tree, the {@code units} responsible in turn.
     */
    static byte[] workbook(List<String> units, WorkbookLimits limits) {
        PlanWorkbook.Info info = new PlanWorkbook.Info(
                "基准测试规划（2,000 项指标）",
                units.get(0),
                units.get(0),
                PlanStatus.PUBLISHED,
                2024,
                2028,
                null,
                "导入速度基准测试。",
                List.of(),
                List.of(units.get(0)),
                List.of());
        List<PlanWorkbook.Goal> goals = new ArrayList<>();
        List<PlanWorkbook.Milestone> milestones = new ArrayList<>();
        List<PlanWorkbook.BudgetLine> lines = new ArrayList<>();
        for (int c = 1; c <= CHAPTERS; c++) {
            goals.add(new PlanWorkbook.Goal(
                    String.valueOf(c), null, c + "、", "第" + c + "章", "章节说明" + c, units.get(0), List.of()));
            for (int t = 1; t <= TASKS_PER_CHAPTER; t++) {
                goals.add(new PlanWorkbook.Goal(
                        c + "." + t,
                        String.valueOf(c),
                        "（" + t + "）",
                        "任务" + c + "." + t,
                        "任务说明，写明要做什么、由谁做、何时完成。",
                        units.get(t % units.size()),
                        List.of(units.get((t + 1) % units.size()))));
            }
            for (int m = 0; m < 5; m++) {
                milestones.add(new PlanWorkbook.Milestone(
                        c + ".1",
                        new MilestoneDefinition(
                                (2024 + m) + "年进度：第" + c + "章", null, 2024 + m, null, new BigDecimal("100.5")),
                        List.of(new SubTarget("引进博士", "1-2人"))));
            }
            for (int b = 0; b < 10; b++) {
                lines.add(new PlanWorkbook.BudgetLine(
                        b % 2 == 0 ? "省财政专项资金" : "医院自筹",
                        "设备购置",
                        2024 + b % 5,
                        BudgetAmount.of(new BigDecimal("1000")),
                        String.valueOf(c),
                        null));
            }
        }
        List<PlanWorkbook.Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            int chapter = (i - 1) % CHAPTERS + 1;
            int task = (i - 1) / CHAPTERS % TASKS_PER_CHAPTER + 1;
            indicators.add(SamplePlans.indicator(
                    String.valueOf(i),
                    chapter + "." + task,
                    String.valueOf(i),
                    "医疗服务",
                    "指标" + i + " 出院患者手术占比",
                    "%",
                    "出院患者中施行手术的人数占比",
                    Direction.HIGHER_IS_BETTER,
                    ValueKind.PERCENTAGE,
                    null,
                    false,
                    new BigDecimal("30.5"),
                    null,
                    2023,
                    "≥35%",
                    null,
                    List.of(
                            new YearlyTarget(2024, "≥31%"),
                            new YearlyTarget(2025, "≥32%"),
                            new YearlyTarget(2026, "≥33%")),
                    units.get(i % units.size()),
                    List.of(units.get((i + 1) % units.size())),
                    null,
                    null,
                    "备注" + i,
                    null,
                    List.of()));
        }
        PlanWorkbook plan = new PlanWorkbook(info, goals, milestones, indicators, lines, List.of());
        return new PlanWorkbookWriter(limits)
                .write(
                        plan,
                        new PlanWorkbookWriter.Choices(
                                units,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                SamplePlans.levelScales()),
                        Directory.of(List.of(), Map.of()));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
