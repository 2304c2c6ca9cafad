package com.hospitalplan.dashboard;

import com.hospitalplan.cluster.ClusterMembers;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.plan.PlanFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds every plan's dashboard figures in the background once the application is up, so that first visits are fast
 * too; when another instance serves meanwhile, it also warms its code up ({@link CodeWarmUp}). Until it has, the instance
 * is not ready (health contributor {@code dashboardWarmUp}, in the readiness group)
 * and, while another instance serves, it sends page requests away ({@link WarmingInstanceFilter}); then it tells the
 * other instances that it serves too. Without warm-up (tests) the instance serves at once.
 */
@Component
class DashboardWarmUp implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final DashboardReadModel readModel;
    private final PlanFigures planFigures;
    private final ClusterMembers members;
    private final CodeWarmUp code;
    private final AppProperties.Dashboard settings;

    private volatile boolean warm;

    @Autowired
    DashboardWarmUp(
            DashboardReadModel readModel,
            PlanFigures planFigures,
            ClusterMembers members,
            CodeWarmUp code,
            AppProperties properties) {
        this(readModel, planFigures, members, code, properties.dashboard());
    }

    DashboardWarmUp(
            DashboardReadModel readModel,
            PlanFigures planFigures,
            ClusterMembers members,
            CodeWarmUp code,
            AppProperties.Dashboard settings) {
        this.readModel = readModel;
        this.planFigures = planFigures;
        this.members = members;
        this.code = code;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!settings.warmUp()) {
            serve();
            return;
        }
        Thread warmUp = new Thread(this::prepareEveryPlan, "dashboard-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Whether every plan's figures were prepared (or there was nothing to prepare). */
    boolean warm() {
        return warm;
    }

    @Override
    public Health health() {
        return warm ? Health.up().build() : Health.outOfService().build();
    }

    private void prepareEveryPlan() {
        try {
            for (Long planId : planFigures.planIds()) {
                try {
                    readModel.standings(planId);
                } catch (RuntimeException e) {
                    LOG.warn("Dashboard figures of plan {} not prepared: {}", planId, e.toString());
                }
            }
            LOG.info("Dashboard figures of every plan prepared");
            if (members.anotherServes()) {
                code.visit(settings.warmUpVisits(), settings.warmUpVisitTime());
            }
        } finally {
            serve();
        }
    }

    private void serve() {
        warm = true;
        try {
            members.serving();
        } catch (RuntimeException e) {
            LOG.warn("The other instances were not told that this one serves: {}", e.toString());
        }
    }
}
