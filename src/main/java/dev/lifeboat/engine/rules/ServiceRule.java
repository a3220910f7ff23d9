package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.StatelessService.ACTIVE_ACTIVE;
import static dev.lifeboat.model.StatelessService.INSTANCES;
import static dev.lifeboat.model.StatelessService.REDEPLOY_TIME;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.SPREAD;
import static dev.lifeboat.model.StatelessService.TRAFFIC_SHIFT_TIME;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.TimeBound;

/**
 * A stateless service: it keeps no data (RPO 0). Other instances outside the failure take the traffic
 * (the failover time of the load balancer); otherwise it restarts in place or is redeployed elsewhere.
 * Deployed active/active in several regions, it loses a region (or a zone or host it would otherwise
 * redeploy from) for the time DNS health checks and the records' TTL take to shift its traffic to the others.
 */
final class ServiceRule implements Rule {

    static final Reference AWS_ACTIVE_ACTIVE = new Reference(
            "AWS whitepaper: Disaster recovery options in the cloud (multi-site active/active)",
            "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/"
                    + "disaster-recovery-options-in-the-cloud.html");
    static final Reference ROUTE53_HEALTH = new Reference(
            "Amazon Route 53: how health checks decide (every 10 or 30 s, unhealthy after a failure threshold, "
                    + "3 by default)",
            "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/"
                    + "dns-failover-determining-health-of-endpoints.html");

    @Override
    public ComponentKind kind() {
        return ComponentKind.SERVICE;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        int instances = c.get(INSTANCES);
        Spread spread = c.get(SPREAD);
        boolean activeActive = c.get(ACTIVE_ACTIVE);
        v.rpo(TimeBound.ZERO).say("the service is stateless and keeps no data. ").cite(References.AWS_DR);
        return switch (scenario) {
            case PROCESS_CRASH -> {
                if (instances > 1) {
                    routeAround(c, v, instances, "the other instances");
                } else {
                    v.rto(TimeBound.ofSeconds(c.get(RESTART_TIME))).action(RecoveryAction.RESTART)
                            .say("restart the only instance (").assumed(RESTART_TIME).say(").");
                }
                yield v.done();
            }
            case NODE_LOSS -> {
                if (instances > 1) {
                    routeAround(c, v, instances, "the instances on other hosts");
                } else if (activeActive) {
                    shiftTraffic(c, v, "the only instance in its region is gone with its host");
                } else {
                    redeploy(c, v, "the only instance is gone with its host");
                }
                yield v.done();
            }
            case ZONE_LOSS -> {
                if (instances > 1 && spread != Spread.SINGLE_ZONE) {
                    routeAround(c, v, instances, "the instances in other zones");
                } else if (activeActive) {
                    shiftTraffic(c, v, "its instances in the lost zone are gone");
                } else {
                    redeploy(c, v, instances > 1 ? "all instances run in the lost zone (spread single_zone)"
                            : "the only instance is gone with its zone");
                }
                yield v.done();
            }
            case REGION_LOSS -> {
                if (activeActive) {
                    shiftTraffic(c, v, "its instances in the lost region are gone");
                } else if (instances > 1 && spread == Spread.MULTI_REGION) {
                    routeAround(c, v, instances, "the instances in other regions");
                } else {
                    redeploy(c, v, instances > 1 ? "all instances run in the lost region (spread "
                            + spread.id() + ")" : "the only instance is gone with its region");
                }
                yield v.done();
            }
            case LOGICAL_CORRUPTION -> {
                v.rto(TimeBound.ofSeconds(c.get(RESTART_TIME))).action(RecoveryAction.RESTART)
                        .say("restart against the restored data (").assumed(RESTART_TIME).say(").");
                yield v.done();
            }
        };
    }

    private static void routeAround(Component c, Verdict v, int instances, String who) {
        v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER)
                .say("the load balancer routes around it to ").say(who).say(" (").say(instances)
                .say(" instances, ").assumed(FAILOVER_TIME).say(").");
    }

    /**
     * Active/active: the other regions already serve, so nothing is redeployed; DNS health checks mark the lost
     * endpoints unhealthy and clients follow once their cached answers expire (assumed: it depends on the
     * health checks' interval and threshold and on the records' TTL).
     */
    private static void shiftTraffic(Component c, Verdict v, String why) {
        long shift = c.get(TRAFFIC_SHIFT_TIME);
        v.rto(TimeBound.ofSeconds(shift)).action(RecoveryAction.FAILOVER).say(why)
                .say(", but it runs active/active in other regions that already serve traffic (active_active): "
                        + "DNS health checks mark the lost endpoints unhealthy and clients follow once the "
                        + "records' TTL expires (").dur(shift).say(", ").assumed(TRAFFIC_SHIFT_TIME)
                .say("); nothing is redeployed.").cite(AWS_ACTIVE_ACTIVE).cite(ROUTE53_HEALTH);
    }

    private static void redeploy(Component c, Verdict v, String why) {
        long redeploy = c.get(REDEPLOY_TIME);
        long start = Math.min(redeploy, c.get(RESTART_TIME));
        v.rto(TimeBound.ofSeconds(redeploy)).action(RecoveryAction.REDEPLOY).prepare(redeploy - start).say(why)
                .say(", so it is redeployed elsewhere (").assumed(REDEPLOY_TIME).say("); scheduling and pulling "
                        + "its image need no dependency, only its final start (").dur(start)
                .say(", restart_time) waits for them.");
    }
}
