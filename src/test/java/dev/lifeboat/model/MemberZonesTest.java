package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Raft store's member zones name zones of its topology, and follow them when a zone is removed. */
class MemberZonesTest {

    private final Topology t = new Topology();
    private final Place region = t.addPlace("eu", PlaceKind.REGION, "eu", null, null);
    private final Place a = t.addPlace("eu-a", PlaceKind.ZONE, "eu a", region, null);
    private final Place b = t.addPlace("eu-b", PlaceKind.ZONE, "eu b", region, null);
    private final Component raft = t.addComponent("raft", ComponentKind.RAFT_STORE, "raft");

    @Test
    void theListNamesZonesInOrderAndReadsFromText() {
        t.set(raft, "member_zones", "eu-a, eu-b eu-a");

        assertEquals(List.of("eu-a", "eu-b", "eu-a"), raft.get(RaftStore.MEMBER_ZONES));
        assertEquals(List.of(a, b, a), raft.memberZones());
        assertEquals("eu-a, eu-b, eu-a", RaftStore.MEMBER_ZONES.format(raft.get(RaftStore.MEMBER_ZONES)));
    }

    @Test
    void anUnknownIdOrARegionIsRefusedInOneLineAndChangesNothing() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> t.set(raft, "member_zones", List.of("eu-a", "eu-x")));
        assertEquals("Member zones: no zone with id \"eu-x\"; its zones are eu-a, eu-b", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(raft.isSet(RaftStore.MEMBER_ZONES));

        e = assertThrows(InvalidValueException.class, () -> t.set(raft, "member_zones", List.of("eu")));
        assertTrue(e.getMessage().contains("a region, not a zone"), e.getMessage());
    }

    @Test
    void aRemovedZoneIsDroppedFromTheListAndAnEmptiedListReturnsToItsDefault() {
        t.set(raft, "member_zones", List.of("eu-a", "eu-b", "eu-b"));
        List<TopologyEvent.Type> events = new ArrayList<>();
        t.addListener(e -> events.add(e.type()));

        t.removePlace(b);

        assertEquals(List.of("eu-a"), raft.get(RaftStore.MEMBER_ZONES));
        assertTrue(events.contains(TopologyEvent.Type.SETTING_CHANGED));
        assertTrue(events.contains(TopologyEvent.Type.COMPONENT_PLACED), "the hit sets change: structural");
        t.removePlace(a);
        assertFalse(raft.isSet(RaftStore.MEMBER_ZONES));
        assertEquals(List.of(), raft.memberZones());
    }
}
