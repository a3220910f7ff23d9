package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store whose members run in named zones is hit by the loss of each of them, not only of its own place, so
 * that what depends on it in the lost zone waits for it in that same instance.
 */
class MemberZonesHitTest {

    private final Topology t = new Topology();
    private final Place a = t.addPlace("eu-a", PlaceKind.ZONE, "eu-a", null, null);
    private final Place b = t.addPlace("eu-b", PlaceKind.ZONE, "eu-b", null, null);

    /** The store takes 10m to recover whenever it is hit, the service 1m. */
    private static ComponentAssessment rule(Component c, Scenario s) {
        TimeBound rto = TimeBound.ofSeconds(c.kind() == ComponentKind.RAFT_STORE ? 600 : 60);
        return new ComponentAssessment(s, TimeBound.ZERO, rto, RecoveryAction.RESTORE, "", List.of(), List.of());
    }

    @Test
    void theLossOfAMemberZoneHitsTheStoreAndWhatDependsOnItThereInOneInstance() {
        Component store = t.addComponent("raft", ComponentKind.RAFT_STORE, "raft");
        t.place(store, a);
        Component svc = t.addComponent("svc", ComponentKind.SERVICE, "svc");
        t.place(svc, b);
        t.addDependency(svc, store, Strength.HARD);
        Journey j = t.addJourney(null, "j", List.of(svc), null, null);
        IncrementalAnalysis an = new IncrementalAnalysis(t, MemberZonesHitTest::rule);

        // placed in eu-a only, eu-b's loss reaches the service alone
        assertEquals(TimeBound.ofSeconds(600), an.journey(j, Scenario.ZONE_LOSS).rto());

        t.set(store, "member_zones", List.of("eu-a", "eu-b", "eu-b"));

        // eu-b's loss now takes the store's members too: 10m, then the service's 1m
        JourneyAssessment r = an.journey(j, Scenario.ZONE_LOSS);
        assertEquals(TimeBound.ofSeconds(660), r.rto());
        assertEquals("eu-b", r.rtoPlace());
    }
}
