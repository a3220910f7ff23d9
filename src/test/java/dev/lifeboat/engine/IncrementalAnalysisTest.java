package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The combination rules of domain.md, checked with simple stand-in rules: a generic datastore's numbers
 * are the ones stated in its settings, a service's RTO is its restart time.
 */
class IncrementalAnalysisTest {

    private final Topology t = new Topology();

    static ComponentAssessment stated(Component c, Scenario s) {
        if (c.kind() == ComponentKind.SERVICE) {
            long restart = c.get(dev.lifeboat.model.Settings.RESTART_TIME);
            return new ComponentAssessment(s, TimeBound.ZERO, TimeBound.ofSeconds(restart), RecoveryAction.RESTART,
                    "restart", List.of(), List.of());
        }
        String suffix = s.id().replace('-', '_');
        Long rpo = (Long) c.value("rpo_" + suffix);
        Long rto = (Long) c.value("rto_" + suffix);
        return new ComponentAssessment(s, rpo == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rpo),
                rto == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rto), RecoveryAction.RESTORE, "stated",
                List.of(), List.of());
    }

    private IncrementalAnalysis analysis() {
        return new IncrementalAnalysis(t, IncrementalAnalysisTest::stated);
    }

    private Component service(String name, long restartSeconds) {
        Component c = t.addComponent(null, ComponentKind.SERVICE, name);
        t.set(c, "restart_time", restartSeconds);
        return c;
    }

    private Component store(String name, long rpo, long rto) {
        Component c = t.addComponent(null, ComponentKind.DATASTORE, name);
        for (Scenario s : Scenario.values()) {
            String suffix = s.id().replace('-', '_');
            t.set(c, "rpo_" + suffix, rpo);
            t.set(c, "rto_" + suffix, rto);
        }
        return c;
    }

    @Test
    void journeyRtoIsTheLongestChainAndRpoTheWorstComponent() {
        Component svc = service("order-processor", 120);
        Component db = store("orders-db", 3600, 1800);
        Component cache = store("cache", 1, 60);
        t.addDependency(svc, db, Strength.HARD);
        t.addDependency(svc, cache, Strength.HARD);
        Journey j = t.addJourney(null, "Place order", List.of(svc), TimeBound.ofMinutes(15), TimeBound.ofMinutes(5));

        JourneyAssessment r = analysis().journey(j, Scenario.NODE_LOSS);

        assertEquals(TimeBound.ofSeconds(1800 + 120), r.rto());
        assertEquals(List.of(svc, db), r.criticalPath());
        assertEquals(TimeBound.ofHours(1), r.rpo());
        assertEquals(db, r.rpoBottleneck());
        assertEquals(Boolean.FALSE, r.meetsRpo());
        assertEquals(Boolean.FALSE, r.meetsRto());
    }

    @Test
    void softDependenciesCountNeitherForRtoNorRpo() {
        Component svc = service("api", 30);
        Component analytics = store("analytics", 86400, 86400);
        t.addDependency(svc, analytics, Strength.SOFT);
        Journey j = t.addJourney(null, "Browse", List.of(svc), null, null);

        JourneyAssessment r = analysis().journey(j, Scenario.PROCESS_CRASH);

        assertEquals(TimeBound.ofSeconds(30), r.rto());
        assertEquals(TimeBound.ZERO, r.rpo());
        assertNull(r.rpoBottleneck());
        assertNull(r.meetsRpo());
    }

    @Test
    void recoveryWavesPutDependenciesFirst() {
        Component svc = service("svc", 60);
        Component mid = service("mid", 60);
        Component db = store("db", 0, 600);
        Component other = store("other", 0, 60);
        t.addDependency(svc, mid, Strength.HARD);
        t.addDependency(mid, db, Strength.HARD);
        t.addDependency(svc, other, Strength.HARD);

        IncrementalAnalysis a = analysis();
        RecoveryPlan plan = a.plan(Scenario.NODE_LOSS);

        assertEquals(1, a.wave(db, Scenario.NODE_LOSS));
        assertEquals(1, a.wave(other, Scenario.NODE_LOSS));
        assertEquals(2, a.wave(mid, Scenario.NODE_LOSS));
        assertEquals(3, a.wave(svc, Scenario.NODE_LOSS));
        assertEquals(3, plan.waves().size());
        assertEquals(TimeBound.ofSeconds(720), plan.total());
        RecoveryPlan.Step midStep = plan.waves().get(1).get(0);
        assertEquals(TimeBound.ofSeconds(600), midStep.start());
        assertEquals(TimeBound.ofSeconds(660), midStep.finish());
    }

    @Test
    void cyclesAreReportedByMembersAndTheRestIsStillAnalysed() {
        Component a = service("a", 60);
        Component b = service("b", 120);
        Component db = store("db", 10, 600);
        Component lone = service("lone", 30);
        Component loneDb = store("lone-db", 5, 300);
        t.addDependency(a, b, Strength.HARD);
        t.addDependency(b, a, Strength.HARD);
        t.addDependency(b, db, Strength.HARD);
        t.addDependency(lone, loneDb, Strength.HARD);
        Journey cyclic = t.addJourney(null, "cyclic", List.of(a), null, null);
        Journey fine = t.addJourney(null, "fine", List.of(lone), null, null);

        IncrementalAnalysis an = analysis();

        assertEquals(1, an.cycles().size());
        assertEquals(List.of(a, b), an.cycles().get(0));
        JourneyAssessment rc = an.journey(cyclic, Scenario.NODE_LOSS);
        assertTrue(rc.cyclic());
        assertEquals(TimeBound.ofSeconds(600 + 120), rc.rto(), "a cycle recovers together, as long as its slowest");
        assertEquals(List.of(a, b, db), rc.criticalPath(), "the path goes through the member that needs db");
        JourneyAssessment rf = an.journey(fine, Scenario.NODE_LOSS);
        assertFalse(rf.cyclic());
        assertEquals(TimeBound.ofSeconds(330), rf.rto());
        assertEquals(an.wave(a, Scenario.NODE_LOSS), an.wave(b, Scenario.NODE_LOSS));
        assertTrue(an.plan(Scenario.NODE_LOSS).waves().stream().flatMap(List::stream)
                .filter(s -> s.component() == a).allMatch(RecoveryPlan.Step::inCycle));
    }

    @Test
    void aJourneyThatNeedsACycleCannotMeetItsObjectivesWhateverItsNumbers() {
        Component a = service("a", 1);
        Component b = service("b", 1);
        t.addDependency(a, b, Strength.HARD);
        t.addDependency(b, a, Strength.HARD);
        Journey j = t.addJourney(null, "cyclic", List.of(a), TimeBound.ofHours(1), TimeBound.ofHours(1));
        Journey onlyRpo = t.addJourney(null, "rpo only", List.of(a), TimeBound.ofHours(1), null);

        IncrementalAnalysis an = analysis();

        for (Scenario s : Scenario.values()) {
            JourneyAssessment r = an.journey(j, s);
            assertTrue(r.rto().meets(TimeBound.ofHours(1)), "the numbers alone would meet");
            assertEquals(Boolean.FALSE, r.meetsRpo(), s.id());
            assertEquals(Boolean.FALSE, r.meetsRto(), s.id());
            assertFalse(r.meetsObjectives());
            assertNull(an.journey(onlyRpo, s).meetsRto(), "no objective, no verdict");
        }
    }

    @Test
    void anUnplacedExternalProviderIsUnaffectedByZoneLossEverywhere() {
        Place region = t.addPlace(null, PlaceKind.REGION, "eu", null, new Bounds(0, 0, 900, 900));
        Place zone = t.addPlace(null, PlaceKind.ZONE, "eu-a", region, new Bounds(0, 0, 400, 400));
        Component svc = service("checkout", 60);
        t.place(svc, zone);
        Component psp = t.addComponent(null, ComponentKind.EXTERNAL, "payment provider");
        t.set(psp, "stated_rto", 7200L);
        t.addDependency(svc, psp, Strength.HARD);
        Journey pay = t.addJourney(null, "pay", List.of(svc), null, TimeBound.ofMinutes(30));

        IncrementalAnalysis an = new IncrementalAnalysis(t, EnginePropertiesTest::stated);

        ComponentAssessment zoneLoss = an.assessment(psp, Scenario.ZONE_LOSS);
        assertEquals(TimeBound.ZERO, zoneLoss.rto(), "the card: a zone loss does not reach it");
        assertEquals(RecoveryAction.NONE, zoneLoss.action());
        assertTrue(zoneLoss.explanation().contains("region"), zoneLoss.explanation());
        assertEquals(0, an.wave(psp, Scenario.ZONE_LOSS), "the recovery order leaves it out");
        assertEquals(TimeBound.ofSeconds(60), an.journey(pay, Scenario.ZONE_LOSS).rto(), "the journey agrees");
        assertEquals(TimeBound.ofSeconds(7200), an.assessment(psp, Scenario.REGION_LOSS).rto(),
                "a region loss reaches it");
        assertEquals(TimeBound.ofSeconds(7260), an.journey(pay, Scenario.REGION_LOSS).rto());
    }

    @Test
    void workThatNeedsNoDependencyOverlapsWithTheDependenciesRecovery() {
        Component svc = service("api", 60);
        Component db = store("db", 0, 1800);
        t.addDependency(svc, db, Strength.HARD);
        Journey j = t.addJourney(null, "read", List.of(svc), null, TimeBound.ofMinutes(45));
        long[] svcPrepare = {540};
        IncrementalAnalysis an = new IncrementalAnalysis(t, (c, s) -> {
            ComponentAssessment a = stated(c, s);
            // the service redeploys (prepare) then starts (60 s); the store restores, needing nothing
            return c == svc ? new ComponentAssessment(s, a.rpo(), TimeBound.ofSeconds(svcPrepare[0] + 60),
                    RecoveryAction.REDEPLOY, "redeploy", List.of(), List.of())
                    .withPrepare(TimeBound.ofSeconds(svcPrepare[0])) : a.withPrepare(a.rto());
        });

        JourneyAssessment r = an.journey(j, Scenario.NODE_LOSS);

        assertEquals(TimeBound.ofSeconds(1800 + 60), r.rto(), "max(540, 1800) + 60, not 600 + 1800");
        assertEquals(List.of(svc, db), r.criticalPath());
        RecoveryPlan.Step step = an.plan(Scenario.NODE_LOSS).waves().get(1).get(0);
        assertEquals(TimeBound.ofSeconds(540), step.prepare());
        assertEquals(TimeBound.ofSeconds(60), step.startPart());
        assertEquals(TimeBound.ofSeconds(1860), step.finish());

        svcPrepare[0] = 3000;
        t.set(svc, "restart_time", 61L); // any setting edit reruns the rules
        JourneyAssessment slow = an.journey(j, Scenario.NODE_LOSS);
        assertEquals(TimeBound.ofSeconds(3060), slow.rto(), "its own preparation outlasts the store");
        assertEquals(List.of(svc), slow.criticalPath(), "so the chain ends at the service");
    }

    @Test
    void zoneLossTakesTheWorstSingleZoneAndNamesIt() {
        Place region = t.addPlace(null, PlaceKind.REGION, "eu-west-1", null, new Bounds(0, 0, 100, 100));
        Place za = t.addPlace(null, PlaceKind.ZONE, "eu-west-1a", region, new Bounds(0, 0, 50, 50));
        Place zb = t.addPlace(null, PlaceKind.ZONE, "eu-west-1b", region, new Bounds(50, 0, 50, 50));
        Component svc = service("svc", 300);
        Component db = store("db", 60, 1200);
        t.addDependency(svc, db, Strength.HARD);
        t.place(svc, za);
        t.place(db, zb);
        Journey j = t.addJourney(null, "j", List.of(svc), null, null);

        IncrementalAnalysis an = analysis();
        JourneyAssessment zone = an.journey(j, Scenario.ZONE_LOSS);
        JourneyAssessment node = an.journey(j, Scenario.NODE_LOSS);

        assertEquals(TimeBound.ofSeconds(1200), zone.rto(), "one zone loss hits only one of the two");
        assertEquals("eu-west-1b", zone.rtoPlace());
        assertEquals(TimeBound.ofSeconds(1500), node.rto());
        assertEquals(TimeBound.ofSeconds(1500), an.journey(j, Scenario.REGION_LOSS).rto(), "both are in the region");
        assertEquals("eu-west-1", an.journey(j, Scenario.REGION_LOSS).rtoPlace());
    }

    @Test
    void anUnplacedExternalProviderIsHitOnlyByRegionLoss() {
        Place za = t.addPlace(null, PlaceKind.ZONE, "a", null, null);
        Component svc = service("svc", 10);
        t.place(svc, za);
        Component psp = t.addComponent(null, ComponentKind.EXTERNAL, "payments");
        t.addDependency(svc, psp, Strength.HARD);
        Journey j = t.addJourney(null, "pay", List.of(svc), null, null);
        IncrementalAnalysis an = new IncrementalAnalysis(t, (c, s) -> c.kind() == ComponentKind.EXTERNAL
                ? new ComponentAssessment(s, TimeBound.ZERO, TimeBound.ofHours(1), RecoveryAction.WAIT_FOR_PROVIDER,
                "provider", List.of(), List.of())
                : stated(c, s));

        assertEquals(TimeBound.ofSeconds(10), an.journey(j, Scenario.ZONE_LOSS).rto());
        assertEquals(TimeBound.ofSeconds(3610), an.journey(j, Scenario.REGION_LOSS).rto());
    }

    @Test
    void unboundedPropagatesAndAnObjectiveIsThenMissed() {
        Component svc = service("svc", 10);
        Component db = t.addComponent(null, ComponentKind.DATASTORE, "db");
        t.set(db, "rpo_region_loss", null);
        t.set(db, "rto_region_loss", null);
        t.addDependency(svc, db, Strength.HARD);
        Journey j = t.addJourney(null, "j", List.of(svc), TimeBound.ofHours(24), TimeBound.ofHours(24));

        JourneyAssessment r = analysis().journey(j, Scenario.REGION_LOSS);

        assertTrue(r.rpo().isUnbounded());
        assertTrue(r.rto().isUnbounded());
        assertEquals(Boolean.FALSE, r.meetsRpo());
        assertEquals(Boolean.FALSE, r.meetsRto());
    }

    @Test
    void aSettingEditRecomputesOnlyWhatDependsOnTheComponent() {
        Component svc = service("svc", 10);
        Component db = store("db", 60, 600);
        Component other = service("other", 10);
        t.addDependency(svc, db, Strength.HARD);
        Journey j = t.addJourney(null, "j", List.of(svc), null, null);
        Journey k = t.addJourney(null, "k", List.of(other), null, null);
        IncrementalAnalysis an = analysis();
        an.update();
        AtomicReference<AnalysisChange> seen = new AtomicReference<>();
        an.addListener(seen::set);

        t.set(db, "rto_node_loss", 1200L);
        an.update();

        assertFalse(seen.get().everything());
        assertEquals(java.util.Set.of(db), seen.get().components());
        assertEquals(java.util.Set.of(j), seen.get().journeys());
        assertEquals(TimeBound.ofSeconds(1210), an.journey(j, Scenario.NODE_LOSS).rto());
        assertEquals(TimeBound.ofSeconds(10), an.journey(k, Scenario.NODE_LOSS).rto());
    }

    @Test
    void incrementalResultsEqualAFreshAnalysisAfterRandomEdits() {
        Random rnd = new Random(42);
        List<Component> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(i % 3 == 0 ? service("s" + i, 1 + rnd.nextInt(100)) : store("d" + i, rnd.nextInt(1000),
                    rnd.nextInt(1000)));
        }
        for (int i = 0; i < 150; i++) {
            Component a = all.get(rnd.nextInt(all.size()));
            Component b = all.get(rnd.nextInt(all.size()));
            if (a != b && t.dependency(a, b).isEmpty()) {
                t.addDependency(a, b, rnd.nextInt(4) == 0 ? Strength.SOFT : Strength.HARD);
            }
        }
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            journeys.add(t.addJourney(null, "j" + i, List.of(all.get(rnd.nextInt(all.size()))), null, null));
        }
        IncrementalAnalysis inc = analysis();
        inc.update();
        for (int edit = 0; edit < 200; edit++) {
            Component c = all.get(rnd.nextInt(all.size()));
            if (c.kind() == ComponentKind.SERVICE) {
                t.set(c, "restart_time", (long) rnd.nextInt(500));
            } else {
                Scenario s = Scenario.values()[rnd.nextInt(5)];
                t.set(c, "rto_" + s.id().replace('-', '_'), (long) rnd.nextInt(5000));
            }
            inc.update();
            IncrementalAnalysis fresh = analysis();
            for (Journey j : journeys) {
                for (Scenario s : Scenario.values()) {
                    JourneyAssessment x = inc.journey(j, s);
                    JourneyAssessment y = fresh.journey(j, s);
                    assertEquals(y.rto(), x.rto(), "edit " + edit + " journey " + j + " " + s);
                    assertEquals(y.rpo(), x.rpo());
                    assertEquals(y.criticalPath(), x.criticalPath());
                }
            }
            fresh.dispose();
        }
    }

    @Test
    void removingAComponentRebuildsWithoutIt() {
        Component svc = service("svc", 10);
        Component db = store("db", 60, 600);
        t.addDependency(svc, db, Strength.HARD);
        Journey j = t.addJourney(null, "j", List.of(svc), null, null);
        IncrementalAnalysis an = analysis();
        assertEquals(TimeBound.ofSeconds(610), an.journey(j, Scenario.NODE_LOSS).rto());

        t.removeComponent(db);

        assertEquals(TimeBound.ofSeconds(10), an.journey(j, Scenario.NODE_LOSS).rto());
        assertTrue(t.dependencies().isEmpty());
    }

    @Test
    void aJourneySaysWhetherItsNumbersRestOnAssumptions() {
        Component svc = service("svc", 10);
        Component db = store("db", 60, 600);
        t.addDependency(svc, db, Strength.HARD);
        Journey j = t.addJourney(null, "j", List.of(svc), null, null);
        IncrementalAnalysis an = new IncrementalAnalysis(t, (c, s) -> c == db
                ? new ComponentAssessment(s, TimeBound.ofSeconds(60), TimeBound.ofSeconds(600), RecoveryAction.PROMOTE,
                "lag and promotion", List.of(), List.of("lag"), List.of())
                : stated(c, s));

        JourneyAssessment r = an.journey(j, Scenario.NODE_LOSS);

        assertTrue(r.rpoAssumed(), "the bottleneck's RPO is assumed");
        assertFalse(r.rtoAssumed(), "no step of the critical path assumes its duration");
    }
}
