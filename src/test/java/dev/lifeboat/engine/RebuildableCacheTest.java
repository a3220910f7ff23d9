package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * domain.md: data that can be rebuilt from a source of truth (a pure cache) does not count towards a journey's
 * RPO, but its warm-up counts towards the RTO. A Redis holding sessions or queues (role store) still counts.
 */
class RebuildableCacheTest {

    private final Topology t = new Topology();
    private final Component web = t.addComponent(null, ComponentKind.SERVICE, "web");
    private final Component redis = t.addComponent(null, ComponentKind.REDIS, "redis");
    private final Journey journey;

    RebuildableCacheTest() {
        t.addDependency(web, redis, Strength.HARD);
        journey = t.addJourney(null, "Browse", List.of(web), TimeBound.ofMinutes(15), null);
    }

    @Test
    void aCacheIsNeverTheJourneysRpoButItsWarmUpIsInTheRto() {
        t.set(redis, "role", "cache");
        IncrementalAnalysis a = RuleBook.standard().analyse(t);

        // the cache's own number is still shown: every key is lost with its only node
        ComponentAssessment own = a.assessment(redis, Scenario.NODE_LOSS);
        assertEquals(TimeBound.UNBOUNDED, own.rpo());
        assertTrue(own.rebuildable());
        // an empty new instance (provision_time 15m) plus the warm-up (warmup_time 5m)
        assertEquals(TimeBound.ofMinutes(20), own.rto());
        assertTrue(own.rtoAssumptions().contains("Warm-up time (assumed)"), own.rtoAssumptions()::toString);

        JourneyAssessment j = a.journey(journey, Scenario.NODE_LOSS);
        assertEquals(TimeBound.ZERO, j.rpo());
        assertNull(j.rpoBottleneck());
        assertFalse(j.rpoAssumed());
        assertEquals(Boolean.TRUE, j.meetsRpo());
        // web redeploys in parallel (15m, of which its 30s start waits) and starts once the cache is warm
        assertEquals(TimeBound.ofSeconds(20 * 60 + 30), j.rto());
        assertEquals(List.of(web, redis), j.criticalPath());
        // nor does the canvas call the cache a breach of the journey's RPO objective
        assertTrue(ObjectiveBreaches.of(t, a, Scenario.NODE_LOSS, null).isEmpty());
    }

    @Test
    void aStoreStillMakesTheJourneysRpo() {
        t.set(redis, "role", "store");
        IncrementalAnalysis a = RuleBook.standard().analyse(t);

        assertFalse(a.assessment(redis, Scenario.NODE_LOSS).rebuildable());
        JourneyAssessment j = a.journey(journey, Scenario.NODE_LOSS);
        assertEquals(TimeBound.UNBOUNDED, j.rpo());
        assertEquals(redis, j.rpoBottleneck());
        assertEquals(Boolean.FALSE, j.meetsRpo());
        assertEquals(TimeBound.ofSeconds(15 * 60 + 30), j.rto());
    }

    @Test
    void turningAStoreIntoACacheUpdatesTheJourneyIncrementally() {
        IncrementalAnalysis a = RuleBook.standard().analyse(t);
        assertEquals(redis, a.journey(journey, Scenario.LOGICAL_CORRUPTION).rpoBottleneck());

        t.set(redis, "role", "cache");
        a.update();

        JourneyAssessment j = a.journey(journey, Scenario.LOGICAL_CORRUPTION);
        assertEquals(TimeBound.ZERO, j.rpo());
        assertNull(j.rpoBottleneck());
    }
}
