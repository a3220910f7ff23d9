package dev.lifeboat.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The frontier search's contract beside exactness (which {@link FrontierBruteForceTest} checks). */
class FrontierSearchTest {

    @Test
    void progressTellsOfEveryPointAsItIsFound() {
        Topology t = SyntheticJourney.generateReachable(12, 3L);
        Journey j = t.journey("journey").orElseThrow();
        List<Frontier.Point> told = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Frontier f = FrontierSearch.standard().frontier(t, j, Scenario.ZONE_LOSS, () -> false, (point, found) -> {
            told.add(point);
            counts.add(found);
        });
        assertTrue(f.proven());
        assertTrue(f.points().size() > 3, "a frontier of some points: " + f.points().size());
        assertEquals(f.points().size(), told.size());
        assertTrue(told.containsAll(f.points()) && f.points().containsAll(told));
        for (int k = 0; k < counts.size(); k++) {
            assertEquals(k + 1, counts.get(k));
        }
        assertEquals(Scenario.ZONE_LOSS, f.scenario());
        assertEquals(j, f.journey());
    }

    @Test
    void cancellingStopsTheSearch() {
        Topology t = SyntheticJourney.generateReachable(12, 3L);
        Journey j = t.journey("journey").orElseThrow();
        AtomicBoolean stop = new AtomicBoolean();
        int[] told = new int[1];
        assertThrows(CancellationException.class, () -> FrontierSearch.standard().frontier(t, j, Scenario.ZONE_LOSS,
                stop::get, (point, found) -> {
                    told[0] = found;
                    stop.set(true);
                }));
        assertEquals(1, told[0], "no point after the cancel");
        assertThrows(CancellationException.class,
                () -> FrontierSearch.standard().frontier(t, j, null, () -> true, FrontierSearch.Progress.NONE));
    }

    @Test
    void aSearchCutShortByItsTimeLimitSaysSo() {
        Topology t = SyntheticJourney.generateReachable(8, 5L);
        Journey j = t.journey("journey").orElseThrow();
        Frontier f = new FrontierSearch(RuleBook.standard(), 0).frontier(t, j, null);
        assertFalse(f.proven());
        assertTrue(f.points().isEmpty());
        // nothing found: the design as it is is neither placed on the frontier nor shown dominated
        assertFalse(f.current().onFrontier());
        assertNull(f.current().dominatedBy());
    }

    @Test
    void theDesignItselfIsNotChangedAndEveryPointAppliesToIt() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        String before = TopologyFiles.toJson(t);
        Journey j = t.journeys().iterator().next();
        Frontier f = FrontierSearch.standard().frontier(t, j, null);
        assertEquals(before, TopologyFiles.toJson(t));
        assertTrue(f.proven());
        assertEquals(t.variants().size(), f.variants().size());
        assertEquals(Variant.BASELINE, f.current().name());
        for (Frontier.Point p : f.points()) {
            Topology applied = p.applyTo(t);
            assertEquals(t.variants(), applied.variants(), "applying keeps the variants");
            for (var c : p.changes()) {
                Component target = applied.component(c.component().id()).orElseThrow();
                c.values().forEach((k, v) -> assertEquals(v, target.value(k), c.component().id() + " " + k));
            }
            assertEquals(p.monthlyCost() - f.current().monthlyCost(), p.costDifference(), 1e-6);
        }
        // the changes of the point at the design's own numbers: none when the design is on the frontier
        if (f.current().onFrontier()) {
            Frontier.Point here = f.pointAt(f.current().costCents(), f.current().rpo(), f.current().rto())
                    .orElseThrow();
            assertTrue(here.changes().isEmpty(), "the fewest changes to today's numbers are none");
        }
    }

    @Test
    void aJourneyThroughADependencyCycleHasNoFrontier() {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(db, api, Strength.HARD);
        Journey j = t.addJourney("j", "J", List.of(api), null, null);
        Frontier f = FrontierSearch.standard().frontier(t, j, null);
        assertTrue(f.cyclic());
        assertTrue(f.points().isEmpty());
        assertTrue(f.proven());
        assertFalse(f.current().onFrontier());
    }
}
