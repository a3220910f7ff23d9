package dev.lifeboat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A copy (what a variant is applied to) keeps everything of the design that its numbers rest on. */
class TopologyCopyTest {

    @Test
    void aCopyKeepsTheDesignsAssumptionsAndPrices() {
        Topology t = new Topology();
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.set(db, ReplicaGroup.MORE.key(), "mode=async placement=other_region");
        t.setDetectionTime(45L * 60);
        t.setPrices(Prices.DEFAULTS.withCurrency("EUR"));

        Topology copy = t.copy(false);

        assertNotSame(t, copy);
        assertEquals(45L * 60, copy.detectionTime());
        assertTrue(copy.isDetectionTimeSet());
        // the prices were left behind before: a variant's monthly cost then used the default table
        assertEquals("EUR", copy.prices().currency());
        assertEquals(ReplicaGroup.of(db), ReplicaGroup.of(copy.component("db").orElseThrow()));
    }
}
