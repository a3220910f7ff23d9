package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A container's new bounds are the drawing's business only, as a component's position is. */
class PlaceEventsTest {

    @Test
    void newBoundsAloneAreAMoveANewNameOrRegionAChange() {
        Topology t = new Topology();
        Place region = t.addPlace(null, PlaceKind.REGION, "eu", null, new Bounds(0, 0, 800, 600));
        Place other = t.addPlace(null, PlaceKind.REGION, "us", null, new Bounds(900, 0, 800, 600));
        Place zone = t.addPlace(null, PlaceKind.ZONE, "eu-1a", region, new Bounds(20, 40, 300, 200));
        List<TopologyEvent.Type> events = new ArrayList<>();
        t.addListener(e -> events.add(e.type()));

        t.updatePlace(zone, "eu-1a", region, new Bounds(30, 40, 300, 200));
        assertEquals(List.of(TopologyEvent.Type.PLACE_MOVED), events);

        events.clear();
        t.updatePlace(zone, "eu-1b", region, zone.bounds());
        assertEquals(List.of(TopologyEvent.Type.PLACE_CHANGED), events);

        events.clear();
        t.updatePlace(zone, "eu-1b", other, new Bounds(920, 40, 300, 200));
        assertEquals(List.of(TopologyEvent.Type.PLACE_CHANGED, TopologyEvent.Type.PLACE_MOVED), events);

        events.clear();
        t.updatePlace(zone, "eu-1b", other, zone.bounds());
        assertEquals(List.of(TopologyEvent.Type.PLACE_CHANGED), events, "an update to the same values still says so");

        assertFalse(TopologyEvent.Type.PLACE_MOVED.structural(), "a move changes no analysis");
    }
}
