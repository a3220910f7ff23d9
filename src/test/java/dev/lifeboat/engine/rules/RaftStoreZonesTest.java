package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raft members placed in named zones: zone and region loss are the worst case over the listed zones. */
class RaftStoreZonesTest {

    private final Topology t = new Topology();
    private final Place eu = t.addPlace("eu", PlaceKind.REGION, "eu", null, new Bounds(0, 0, 900, 300));
    private final Place us = t.addPlace("us", PlaceKind.REGION, "us", null, new Bounds(0, 400, 900, 300));

    RaftStoreZonesTest() {
        for (String z : List.of("eu-a", "eu-b", "eu-c")) {
            t.addPlace(z, PlaceKind.ZONE, z, eu, null);
        }
        t.addPlace("us-a", PlaceKind.ZONE, "us-a", us, null);
    }

    private Component raft(Object... keysAndValues) {
        Component c = t.addComponent(null, ComponentKind.RAFT_STORE, "raft");
        t.place(c, t.place("eu-a").orElseThrow());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            t.set(c, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return c;
    }

    private static ComponentAssessment assess(Component c, Scenario s) {
        return RuleBook.standard().assess(c, s);
    }

    @Test
    void fiveMembersInTurnOverThreeZonesSurviveTheLossOfTheFullestZone() {
        Component c = raft("members", 5, "member_zones", List.of("eu-a", "eu-b", "eu-c"));

        ComponentAssessment a = assess(c, Scenario.ZONE_LOSS);

        // eu-a and eu-b hold 2 members each, eu-c 1: losing 2 leaves 3 of 5, a majority
        expect(a, "0", "3s", RecoveryAction.FAILOVER);
        mentions(a, "the worst case is the loss of zone eu-a, which holds 2 of the 5 members (member_zones)");
    }

    @Test
    void twoOfThreeMembersInOneZoneLoseTheMajorityWhateverMemberPlacementSays() {
        Component c = raft("member_placement", "multi_zone", "member_zones", List.of("eu-b", "eu-b", "eu-c"),
                "backup_interval", "1h");

        ComponentAssessment a = assess(c, Scenario.ZONE_LOSS);

        // 15m provisioning + 2 GB at 200 GB/h (36s) + 10m re-formation
        expect(a, "1h", "25m36s", RecoveryAction.RESTORE);
        mentions(a, "zone eu-b, which holds 2 of the 3 members", "no majority");
    }

    @Test
    void aRegionHoldingTheMajorityOfTheMembersTakesItWithIt() {
        Component c = raft("member_placement", "multi_region", "member_zones", List.of("eu-a", "eu-b", "us-a"));

        ComponentAssessment a = assess(c, Scenario.REGION_LOSS);

        expect(a, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(a, "the worst case is the loss of region eu, whose zones hold 2 of the 3 members (member_zones)");
    }

    @Test
    void membersInThreeRegionsSurviveARegionLossUntilOneRegionHoldsHalf() {
        Place ap = t.addPlace("ap", PlaceKind.REGION, "ap", null, null);
        t.addPlace("ap-a", PlaceKind.ZONE, "ap-a", ap, null);
        Component c = raft("members", 3, "member_zones", List.of("eu-a", "us-a", "ap-a"));

        expect(assess(c, Scenario.REGION_LOSS), "0", "3s", RecoveryAction.FAILOVER);

        // a fourth member goes to the first zone again: eu holds 2 of 4, and 2 are no majority
        t.set(c, RaftStore.MEMBERS, 4);
        expect(assess(c, Scenario.REGION_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
    }
}
