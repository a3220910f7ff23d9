package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.StatelessService;
import dev.lifeboat.model.TimeBound;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRuleTest {

    private final Fixture f = new Fixture();

    private Component service(Object... settings) {
        return f.add(ComponentKind.SERVICE, settings);
    }

    @Test
    void aStatelessServiceNeverLosesData() {
        Component c = service("instances", 3, "spread", "multi_region");
        for (Scenario s : Scenario.values()) {
            assertEquals(TimeBound.ZERO, assess(c, s).rpo(), s::id);
        }
    }

    @Test
    void aSingleInstanceRestartsAfterACrash() {
        expect(assess(service(), Scenario.PROCESS_CRASH), "0", "30s", RecoveryAction.RESTART);
    }

    @Test
    void severalInstancesLetTheLoadBalancerRouteAroundACrash() {
        expect(assess(service("instances", 2, "failover_time", "10s"), Scenario.PROCESS_CRASH), "0", "10s",
                RecoveryAction.FAILOVER);
    }

    @Test
    void aSingleInstanceIsRedeployedAfterNodeLossInAnAssumedTime() {
        ComponentAssessment a = assess(service(), Scenario.NODE_LOSS);

        expect(a, "0", "15m", RecoveryAction.REDEPLOY);
        assertEquals(List.of(StatelessService.REDEPLOY_TIME.label()), a.assumptions());
    }

    @Test
    void instancesInOneZoneAreRedeployedAfterZoneLoss() {
        expect(assess(service("instances", 4), Scenario.ZONE_LOSS), "0", "15m", RecoveryAction.REDEPLOY);
    }

    @Test
    void instancesSpreadOverZonesSurviveAZoneLossButNotARegionLoss() {
        Component c = service("instances", 4, "spread", "multi_zone");

        expect(assess(c, Scenario.ZONE_LOSS), "0", "30s", RecoveryAction.FAILOVER);
        expect(assess(c, Scenario.REGION_LOSS), "0", "15m", RecoveryAction.REDEPLOY);
    }

    @Test
    void instancesSpreadOverRegionsSurviveARegionLoss() {
        ComponentAssessment a = assess(service("instances", 4, "spread", "multi_region"), Scenario.REGION_LOSS);

        expect(a, "0", "30s", RecoveryAction.FAILOVER);
        // no documentation states how long a load balancer takes to route around an instance
        assertEquals(List.of(Settings.FAILOVER_TIME.label()), a.assumptions());
    }

    @Test
    void afterCorruptionTheServiceRestartsAgainstTheRestoredData() {
        expect(assess(service("instances", 4), Scenario.LOGICAL_CORRUPTION), "0", "30s", RecoveryAction.RESTART);
    }
}
