package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.ExternalProvider;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the engine over generated topologies (fixed seeds, so that a failure repeats): the
 * journey numbers equal those of a plain reference written straight from domain.md, incremental equals
 * fresh after random edits, and a synchronous replica never makes an RPO worse.
 */
class EnginePropertiesTest {

    private static final long NEVER = Long.MAX_VALUE;
    private static final String UNPLACED = "(unplaced)";

    // ---------------------------------------------------------------- generation

    /** A random topology of stand-in components (see IncrementalAnalysisTest.stated), places and journeys. */
    private static Topology generate(Random rnd, boolean acyclic) {
        Topology t = new Topology();
        List<Place> regions = new ArrayList<>();
        List<Place> zones = new ArrayList<>();
        int regionCount = rnd.nextInt(3);
        for (int r = 0; r < regionCount; r++) {
            Place region = t.addPlace(null, PlaceKind.REGION, "r" + r, null, new Bounds(0, r * 1000, 900, 900));
            regions.add(region);
            for (int z = 0; z < 1 + rnd.nextInt(2); z++) {
                zones.add(t.addPlace(null, PlaceKind.ZONE, "r" + r + "z" + z, region,
                        new Bounds(z * 400, r * 1000, 390, 390)));
            }
        }
        if (rnd.nextInt(4) == 0) {
            zones.add(t.addPlace(null, PlaceKind.ZONE, "loose-zone", null, new Bounds(5000, 0, 300, 300)));
        }
        int n = 1 + rnd.nextInt(12);
        List<Component> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            Component c;
            if (kind < 4) {
                c = t.addComponent(null, ComponentKind.SERVICE, "svc" + i);
                t.set(c, "restart_time", (long) rnd.nextInt(300));
            } else if (kind < 9) {
                // a "cache" stands for data rebuilt from a source of truth: its RPO does not count for journeys
                c = t.addComponent(null, ComponentKind.DATASTORE, (rnd.nextInt(4) == 0 ? CACHE : "db") + i);
                randomNumbers(t, c, rnd);
            } else {
                c = t.addComponent(null, ComponentKind.EXTERNAL, "ext" + i);
            }
            randomPlace(t, c, rnd, regions, zones);
            cs.add(c);
        }
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(3);
            for (int e = 0; e < k; e++) {
                int j = rnd.nextInt(n);
                if (j == i || acyclic && j <= i) {
                    continue;
                }
                if (t.dependency(cs.get(i), cs.get(j)).isEmpty()) {
                    t.addDependency(cs.get(i), cs.get(j), rnd.nextInt(4) == 0 ? Strength.SOFT : Strength.HARD);
                }
            }
        }
        int journeys = 1 + rnd.nextInt(3);
        for (int j = 0; j < journeys; j++) {
            List<Component> entries = new ArrayList<>(new LinkedHashSet<>(List.of(cs.get(rnd.nextInt(n)),
                    cs.get(rnd.nextInt(n)))));
            t.addJourney(null, "j" + j, entries, rnd.nextBoolean() ? TimeBound.ofMinutes(rnd.nextInt(120)) : null,
                    rnd.nextBoolean() ? TimeBound.ofMinutes(rnd.nextInt(240)) : null);
        }
        return t;
    }

    private static void randomNumbers(Topology t, Component c, Random rnd) {
        for (Scenario s : Scenario.values()) {
            String suffix = s.id().replace('-', '_');
            t.set(c, "rpo_" + suffix, (long) rnd.nextInt(5) * 600);
            t.set(c, "rto_" + suffix, (long) rnd.nextInt(5) * 900);
        }
    }

    private static void randomPlace(Topology t, Component c, Random rnd, List<Place> regions, List<Place> zones) {
        int p = rnd.nextInt(3);
        if (p == 0 && !zones.isEmpty()) {
            t.place(c, zones.get(rnd.nextInt(zones.size())));
        } else if (p == 1 && !regions.isEmpty()) {
            t.place(c, regions.get(rnd.nextInt(regions.size())));
        } else {
            t.place(c, null);
        }
    }

    // ---------------------------------------------------------------- the reference

    /** The name prefix of generated datastores whose data is rebuildable (a pure cache). */
    private static final String CACHE = "cache";

    /**
     * The stand-in rules of IncrementalAnalysisTest, an external provider's stated numbers, and rebuildable
     * data for the datastores named "cache...".
     */
    static ComponentAssessment stated(Component c, Scenario s) {
        if (c.kind() == ComponentKind.EXTERNAL) {
            Long rpo = c.get(ExternalProvider.STATED_RPO);
            Long rto = c.get(ExternalProvider.STATED_RTO);
            return new ComponentAssessment(s, rpo == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rpo),
                    rto == null ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(rto), RecoveryAction.WAIT_FOR_PROVIDER, "stated",
                    List.of(), List.of());
        }
        ComponentAssessment a = IncrementalAnalysisTest.stated(c, s);
        return c.name().startsWith(CACHE) ? a.asRebuildable() : a;
    }

    /** The hit sets of a scenario, straight from the README's wording, by lost place ("(unplaced)" or null). */
    private static Map<String, Set<Component>> hitSets(Topology t, Scenario s) {
        Map<String, Set<Component>> out = new HashMap<>();
        List<Component> all = new ArrayList<>(t.components());
        switch (s.reach()) {
            case EVERYTHING -> out.put(null, new HashSet<>(all));
            case ONE_ZONE -> {
                Set<Place> zones = new LinkedHashSet<>();
                all.forEach(c -> {
                    if (c.zone() != null) {
                        zones.add(c.zone());
                    }
                });
                if (zones.isEmpty()) {
                    Set<Component> hit = new HashSet<>();
                    all.stream().filter(c -> c.kind() != ComponentKind.EXTERNAL).forEach(hit::add);
                    out.put(UNPLACED, hit);
                }
                for (Place z : zones) {
                    Set<Component> hit = new HashSet<>();
                    for (Component c : all) {
                        boolean unplacedHere = c.zone() == null && c.kind() != ComponentKind.EXTERNAL
                                && (c.region() == null || c.region() == z.region());
                        if (c.zone() == z || unplacedHere) {
                            hit.add(c);
                        }
                    }
                    out.put(z.name(), hit);
                }
            }
            case ONE_REGION -> {
                Set<Place> regions = new LinkedHashSet<>();
                all.forEach(c -> {
                    if (c.region() != null) {
                        regions.add(c.region());
                    }
                });
                if (regions.isEmpty()) {
                    out.put(UNPLACED, new HashSet<>(all));
                }
                for (Place r : regions) {
                    Set<Component> hit = new HashSet<>();
                    for (Component c : all) {
                        if (c.region() == r || c.region() == null) {
                            hit.add(c);
                        }
                    }
                    out.put(r.name(), hit);
                }
            }
        }
        return out;
    }

    private static long own(Component c, Scenario s, boolean rto) {
        TimeBound b = rto ? stated(c, s).rto() : stated(c, s).rpo();
        return b.isUnbounded() ? NEVER : b.seconds();
    }

    /** finish(c) = max(finish of hard dependencies) + own RTO if hit; written as a plain memoised walk. */
    private static long finish(Component c, Topology t, Scenario s, Set<Component> hit, Map<Component, Long> memo) {
        Long known = memo.get(c);
        if (known != null) {
            return known;
        }
        long best = 0;
        for (Dependency d : t.dependenciesOf(c)) {
            if (d.isHard()) {
                best = Math.max(best, finish(d.target(), t, s, hit, memo));
            }
        }
        long own = hit.contains(c) ? own(c, s, true) : 0;
        long f = best == NEVER || own == NEVER ? NEVER : best + own;
        memo.put(c, f);
        return f;
    }

    private static Set<Component> needed(Topology t, Journey j) {
        Set<Component> seen = new LinkedHashSet<>(j.entries());
        Deque<Component> todo = new ArrayDeque<>(j.entries());
        while (!todo.isEmpty()) {
            for (Dependency d : t.dependenciesOf(todo.pop())) {
                if (d.isHard() && seen.add(d.target())) {
                    todo.push(d.target());
                }
            }
        }
        return seen;
    }

    private static long seconds(TimeBound b) {
        return b.isUnbounded() ? NEVER : b.seconds();
    }

    // ---------------------------------------------------------------- properties

    @TestFactory
    Stream<DynamicTest> journeyNumbersEqualThePlainReference() {
        return Stream.iterate(0, i -> i + 1).limit(300).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Topology t = generate(new Random(seed), true);
            IncrementalAnalysis a = new IncrementalAnalysis(t, EnginePropertiesTest::stated);
            for (Scenario s : Scenario.values()) {
                Map<String, Set<Component>> hits = hitSets(t, s);
                for (Journey j : t.journeys()) {
                    long rto = 0;
                    long rpo = 0;
                    Set<Component> needed = needed(t, j);
                    for (Set<Component> hit : hits.values()) {
                        Map<Component, Long> memo = new HashMap<>();
                        for (Component e : j.entries()) {
                            rto = Math.max(rto, finish(e, t, s, hit, memo));
                        }
                        for (Component c : needed) {
                            // rebuildable data loses nothing a journey counts
                            if (hit.contains(c) && !c.name().startsWith(CACHE)) {
                                rpo = Math.max(rpo, own(c, s, false));
                            }
                        }
                    }
                    JourneyAssessment r = a.journey(j, s);
                    String where = "seed " + seed + ", " + s.id() + ", " + j.name();
                    assertEquals(rto, seconds(r.rto()), where + ": RTO");
                    assertEquals(rpo, seconds(r.rpo()), where + ": RPO is the worst of the components it needs");
                    if (rpo > 0) {
                        assertEquals(rpo, own(r.rpoBottleneck(), s, false), where + ": bottleneck");
                        assertFalse(r.rpoBottleneck().name().startsWith(CACHE), where + ": a cache is no bottleneck");
                        assertTrue(needed.contains(r.rpoBottleneck()), where + ": the bottleneck is needed");
                    }
                    checkCriticalPath(t, s, r, hits, where);
                }
            }
        }));
    }

    /** The path starts at an entry, follows hard dependencies, and its hit steps add up to the RTO. */
    private static void checkCriticalPath(Topology t, Scenario s, JourneyAssessment r,
                                          Map<String, Set<Component>> hits, String where) {
        List<Component> path = r.criticalPath();
        if (seconds(r.rto()) == 0) {
            assertTrue(path.isEmpty(), where + ": no path without recovery");
            return;
        }
        assertTrue(r.journey().entries().contains(path.get(0)), where + ": the path starts at an entry");
        for (int k = 0; k + 1 < path.size(); k++) {
            Component from = path.get(k);
            Component to = path.get(k + 1);
            assertTrue(t.dependency(from, to).map(Dependency::isHard).orElse(false),
                    where + ": " + from.name() + " -> " + to.name() + " is a hard dependency");
        }
        if (r.rto().isUnbounded()) {
            return;
        }
        Set<Component> hit = hits.get(s.reach() == Scenario.Reach.EVERYTHING ? null : r.rtoPlace());
        long sum = 0;
        for (Component c : path) {
            sum += hit.contains(c) ? own(c, s, true) : 0;
        }
        assertEquals(seconds(r.rto()), sum, where + ": the path's steps add up to the RTO");
    }

    @TestFactory
    Stream<DynamicTest> incrementalEqualsFreshAfterRandomEdits() {
        return Stream.iterate(0, i -> i + 1).limit(100).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random rnd = new Random(1000 + seed);
            Topology t = generate(rnd, false);
            IncrementalAnalysis live = new IncrementalAnalysis(t, EnginePropertiesTest::stated);
            live.update();
            for (int step = 0; step < 25; step++) {
                String edit = randomEdit(t, rnd);
                IncrementalAnalysis fresh = new IncrementalAnalysis(t, EnginePropertiesTest::stated);
                assertSame(t, fresh, live, "seed " + seed + ", step " + step + " (" + edit + ")");
                fresh.dispose();
            }
        }));
    }

    private static String randomEdit(Topology t, Random rnd) {
        List<Component> cs = new ArrayList<>(t.components());
        List<Place> places = new ArrayList<>(t.places());
        int what = rnd.nextInt(cs.isEmpty() ? 1 : 7);
        switch (what) {
            case 0 -> {
                Component c = t.addComponent(null, ComponentKind.DATASTORE, "new" + rnd.nextInt(1000));
                randomNumbers(t, c, rnd);
                return "add " + c.id();
            }
            case 1 -> {
                Component c = cs.get(rnd.nextInt(cs.size()));
                if (c.kind() == ComponentKind.DATASTORE) {
                    randomNumbers(t, c, rnd);
                } else if (c.kind() == ComponentKind.SERVICE) {
                    t.set(c, "restart_time", (long) rnd.nextInt(600));
                }
                return "set " + c.id();
            }
            case 2 -> {
                Component a = cs.get(rnd.nextInt(cs.size()));
                Component b = cs.get(rnd.nextInt(cs.size()));
                if (a != b && t.dependency(a, b).isEmpty()) {
                    t.addDependency(a, b, rnd.nextBoolean() ? Strength.HARD : Strength.SOFT);
                }
                return "connect " + a.id() + " " + b.id();
            }
            case 3 -> {
                List<Dependency> ds = t.dependencies();
                if (!ds.isEmpty()) {
                    Dependency d = ds.get(rnd.nextInt(ds.size()));
                    if (rnd.nextBoolean()) {
                        t.removeDependency(d);
                    } else {
                        t.setStrength(d, d.isHard() ? Strength.SOFT : Strength.HARD);
                    }
                }
                return "dependency";
            }
            case 4 -> {
                Component c = cs.get(rnd.nextInt(cs.size()));
                Place p = places.isEmpty() || rnd.nextInt(3) == 0 ? null : places.get(rnd.nextInt(places.size()));
                t.place(c, p);
                return "place " + c.id();
            }
            case 5 -> {
                Component c = cs.get(rnd.nextInt(cs.size()));
                t.removeComponent(c);
                return "remove " + c.id();
            }
            default -> {
                List<Journey> js = new ArrayList<>(t.journeys());
                if (!js.isEmpty() && rnd.nextBoolean()) {
                    Journey j = js.get(rnd.nextInt(js.size()));
                    t.updateJourney(j, j.name(), List.of(cs.get(rnd.nextInt(cs.size()))), j.rpoObjective(),
                            TimeBound.ofMinutes(rnd.nextInt(100)));
                } else {
                    t.addJourney(null, "j" + rnd.nextInt(1000), List.of(cs.get(rnd.nextInt(cs.size()))), null, null);
                }
                return "journey";
            }
        }
    }

    private static void assertSame(Topology t, Analysis expected, Analysis actual, String where) {
        for (Scenario s : Scenario.values()) {
            for (Component c : t.components()) {
                assertEquals(expected.assessment(c, s).rpo(), actual.assessment(c, s).rpo(), where);
                assertEquals(expected.assessment(c, s).rto(), actual.assessment(c, s).rto(), where);
                assertEquals(expected.wave(c, s), actual.wave(c, s), where + ": wave of " + c.id());
            }
            for (Journey j : t.journeys()) {
                assertEquals(expected.journey(j, s), actual.journey(j, s), where + ": " + j.name() + ", " + s.id());
            }
            assertEquals(expected.plan(s).total(), actual.plan(s).total(), where);
        }
        assertEquals(expected.cycles(), actual.cycles(), where);
    }

    @TestFactory
    Stream<DynamicTest> aSynchronousReplicaNeverWorsensAnRpo() {
        return Stream.iterate(0, i -> i + 1).limit(20).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Topology t = SyntheticTopology.generate(40, 10, seed);
            IncrementalAnalysis a = new IncrementalAnalysis(t, RuleBook.standard()::assessLazily);
            Random rnd = new Random(seed);
            // of one replica group: with several, a second synchronous group may confirm commits in place of one
            // outside the lost place (ANY 1) and rightly worsen a region loss (see ReplicationPathsTest)
            List<Component> stores = t.components().stream()
                    .filter(c -> c.kind().has(Settings.REPLICATION_MODE))
                    .filter(c -> !c.kind().has(ReplicaGroup.MORE) || c.get(ReplicaGroup.MORE).isEmpty()).toList();
            for (int k = 0; k < 5 && !stores.isEmpty(); k++) {
                Component c = stores.get(rnd.nextInt(stores.size()));
                Map<Object, TimeBound> before = rpos(t, a);
                t.set(c, Settings.REPLICATION_MODE, ReplicationMode.SYNC);
                if (c.get(Settings.REPLICAS) < 1) {
                    t.set(c, Settings.REPLICAS, 1);
                }
                Map<Object, TimeBound> after = rpos(t, a);
                for (Map.Entry<Object, TimeBound> e : before.entrySet()) {
                    TimeBound now = after.get(e.getKey());
                    assertTrue(seconds(now) <= seconds(e.getValue()), "seed " + seed + ": a synchronous replica on "
                            + c.id() + " made " + e.getKey() + " worse: " + e.getValue() + " -> " + now);
                }
            }
        }));
    }

    private static Map<Object, TimeBound> rpos(Topology t, Analysis a) {
        Map<Object, TimeBound> out = new HashMap<>();
        for (Scenario s : Scenario.values()) {
            for (Component c : t.components()) {
                out.put(List.of(c.id(), s), a.assessment(c, s).rpo());
            }
            for (Journey j : t.journeys()) {
                out.put(List.of(j.id(), s), a.journey(j, s).rpo());
            }
        }
        return out;
    }
}
