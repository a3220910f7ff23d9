package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    // ---------------------------------------------------------------- active/active

    @Test
    void anActiveActiveServiceLosesARegionForTheTrafficShiftNotARedeploy() {
        ComponentAssessment a = assess(service("instances", 4, "spread", "multi_zone", "active_active", true),
                Scenario.REGION_LOSS);

        expect(a, "0", "2m", RecoveryAction.FAILOVER);
        assertEquals(TimeBound.ZERO, a.prepare());
        assertEquals(List.of(StatelessService.TRAFFIC_SHIFT_TIME.label()), a.assumptions());
        assertTrue(a.references().contains(ServiceRule.AWS_ACTIVE_ACTIVE), a.references()::toString);
        assertTrue(a.references().contains(ServiceRule.ROUTE53_HEALTH), a.references()::toString);
        mentions(a, "active_active", "traffic_shift_time, assumed", "TTL", "nothing is redeployed");
    }

    @Test
    void aStatedTrafficShiftIsTheUsersStatement() {
        ComponentAssessment a = assess(service("instances", 2, "active_active", true, "traffic_shift_time", "70s"),
                Scenario.REGION_LOSS);

        expect(a, "0", "1m10s", RecoveryAction.FAILOVER);
        assertEquals(List.of(), a.assumptions());
    }

    @Test
    void activeActiveAlsoCoversWhatWouldOtherwiseBeRedeployed() {
        Component c = service("active_active", true);

        // one instance per region, all in one zone there: the other regions take over
        expect(assess(c, Scenario.NODE_LOSS), "0", "2m", RecoveryAction.FAILOVER);
        expect(assess(c, Scenario.ZONE_LOSS), "0", "2m", RecoveryAction.FAILOVER);
        // a crash is still a restart in place, corruption a restart against the restored data
        expect(assess(c, Scenario.PROCESS_CRASH), "0", "30s", RecoveryAction.RESTART);
        expect(assess(c, Scenario.LOGICAL_CORRUPTION), "0", "30s", RecoveryAction.RESTART);
        // instances spread over zones still route around a zone loss behind the load balancer
        expect(assess(service("instances", 3, "spread", "multi_zone", "active_active", true), Scenario.ZONE_LOSS),
                "0", "30s", RecoveryAction.FAILOVER);
    }

    @Test
    void withoutActiveActiveNothingChanges() {
        for (Scenario s : Scenario.values()) {
            for (Object[] settings : List.of(new Object[0], new Object[] {"instances", 3, "spread", "multi_region"},
                    new Object[] {"instances", 2, "spread", "multi_zone"})) {
                Component off = service(settings);
                List<Object> explicit = new java.util.ArrayList<>(List.of(settings));
                explicit.addAll(List.of("active_active", false));
                Component stated = service(explicit.toArray());
                assertEquals(assess(off, s).rto(), assess(stated, s).rto(), s::id);
                assertEquals(assess(off, s).action(), assess(stated, s).action(), s::id);
            }
        }
    }
}
