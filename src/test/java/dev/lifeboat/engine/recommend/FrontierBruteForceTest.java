package dev.lifeboat.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.CostModel;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The frontier against brute force: every combination of the menus' choices of the components a journey needs is
 * applied to a copy of the design and analysed by the engine itself; the combinations no other beats on cost, RPO
 * and RTO (the worst over the scenarios, and under each scenario alone) must be exactly the frontier's points, each
 * with the fewest changes any combination with its numbers has; the design as it is and its variants must be marked
 * as the brute force places them.
 */
class FrontierBruteForceTest {

    private static final RuleBook RULES = RuleBook.standard();

    @TestFactory
    Stream<DynamicTest> smallSyntheticJourneys() {
        return LongStream.range(1, 31).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            int size = 2 + (int) (seed % 3);
            Topology t = SyntheticJourney.generate(size, seed, null, null);
            if (seed % 3 == 0) {
                // a variant within the menus (the last option of the second component's menu), and one outside
                // them (its first setting back to its kind's default)
                Component c = t.component("c1").orElseThrow();
                Variant inMenu = t.addVariant("In the menu");
                for (Map.Entry<String, Object> e : c.kind().menu().isEmpty() ? List.<Map.Entry<String, Object>>of()
                        : c.kind().menu().get(c.kind().menu().size() - 1).changes(c).entrySet()) {
                    inMenu = t.setVariantValue(inMenu, c, e.getKey(), e.getValue());
                }
                Variant outside = t.addVariant("Defaults");
                t.setVariantValue(outside, c, c.kind().settings().get(0).key(), Variant.DEFAULT);
            }
            checkAllModes(t, t.journey("journey").orElseThrow());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSamplesJourneys() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Topology t = TopologyFiles.load(f);
                for (Journey j : t.journeys()) {
                    tests.add(DynamicTest.dynamicTest(f.getFileName() + " " + j.id(), () -> checkAllModes(t, j)));
                }
            }
        }
        assertTrue(tests.size() >= 8, "the samples' journeys");
        return tests.stream();
    }

    /** The numbers of one combination: cost in cents, then RPO and RTO in capped seconds per scenario. */
    private record Measured(long cents, int[] rpo, int[] rto, int changes) {
        long[] vector(Scenario s) {
            if (s != null) {
                return new long[] {cents, rpo[s.ordinal()], rto[s.ordinal()]};
            }
            return new long[] {cents, max(rpo), max(rto)};
        }

        private static int max(int[] v) {
            int m = 0;
            for (int x : v) {
                m = Math.max(m, x);
            }
            return m;
        }
    }

    private static void checkAllModes(Topology t, Journey j) {
        IncrementalAnalysis a = RULES.analyse(t);
        Problem p = new Problem(t, j, a, RULES::assess);
        a.dispose();
        List<Measured> all = new ArrayList<>();
        int[] choice = new int[p.size()];
        while (true) {
            Topology applied = t.copy(false);
            int changes = 0;
            for (int c = 0; c < p.size(); c++) {
                Component target = applied.component(p.comps[c].id()).orElseThrow();
                p.choices[c].get(choice[c]).changes().forEach((k, v) -> applied.set(target, k, v));
                changes += choice[c] == p.current[c] ? 0 : 1;
            }
            all.add(measure(applied, j.id(), changes));
            int c = 0;
            while (c < choice.length && ++choice[c] == p.choices[c].size()) {
                choice[c++] = 0;
            }
            if (c == choice.length) {
                break;
            }
        }
        assertTrue(all.size() > 1, "some menu choices");
        Measured today = measure(t, j.id(), 0);
        List<Measured> variants = new ArrayList<>();
        for (Variant v : t.variants()) {
            variants.add(measure(v.apply(t), j.id(), 0));
        }
        List<Scenario> modes = new ArrayList<>();
        modes.add(null);
        modes.addAll(List.of(Scenario.values()));
        for (Scenario s : modes) {
            String where = t.name() + " " + j.id() + " " + (s == null ? "worst" : s.id()) + " over " + all.size()
                    + " combinations";
            // the non-dominated vectors, with the fewest changes reaching each
            Map<String, Integer> fewest = new HashMap<>();
            Set<String> front = new TreeSet<>();
            for (Measured m : all) {
                long[] v = m.vector(s);
                if (all.stream().noneMatch(o -> dominates(o.vector(s), v))) {
                    front.add(key(v));
                    fewest.merge(key(v), m.changes(), Math::min);
                }
            }
            Frontier f = FrontierSearch.standard().frontier(t, j, s);
            assertTrue(f.proven(), where);
            assertFalse(f.cyclic(), where);
            List<String> got = f.points().stream()
                    .map(x -> key(new long[] {x.costCents(), capped(x.rpo()), capped(x.rto())})).toList();
            assertEquals(got.size(), Set.copyOf(got).size(), "each vector once: " + got + " " + where);
            assertEquals(front, new TreeSet<>(got), where);
            for (Frontier.Point x : f.points()) {
                String k = key(new long[] {x.costCents(), capped(x.rpo()), capped(x.rto())});
                assertEquals(fewest.get(k), x.changes().size(), "fewest changes for " + k + " " + where);
                // applied and analysed again from scratch, the point has its numbers
                Measured again = measure(x.applyTo(t), j.id(), 0);
                assertEquals(k, key(again.vector(s)), "applied " + where);
            }
            for (int k = 1; k < f.points().size(); k++) {
                assertTrue(f.points().get(k - 1).costCents() <= f.points().get(k).costCents(), "cheapest first");
            }
            checkDesign(f.current(), today.vector(s), f, all, s, where + " (today)");
            assertTrue(f.current().onFrontier() || f.current().dominated(), "today is in the space " + where);
            assertEquals(variants.size(), f.variants().size(), where);
            for (int k = 0; k < variants.size(); k++) {
                assertEquals(t.variants().get(k).name(), f.variants().get(k).name());
                checkDesign(f.variants().get(k), variants.get(k).vector(s), f, all, s, where + " (variant)");
            }
        }
    }

    private static void checkDesign(Frontier.Design d, long[] v, Frontier f, List<Measured> all, Scenario s,
                                    String where) {
        assertEquals(key(v), key(new long[] {d.costCents(), capped(d.rpo()), capped(d.rto())}), where);
        boolean dominated = all.stream().anyMatch(o -> dominates(o.vector(s), v));
        boolean on = !dominated && all.stream().anyMatch(o -> key(o.vector(s)).equals(key(v)));
        assertEquals(on, d.onFrontier(), where);
        assertEquals(dominated, d.dominated(), where);
        if (dominated) {
            Frontier.Point by = d.dominatedBy();
            assertTrue(dominates(new long[] {by.costCents(), capped(by.rpo()), capped(by.rto())}, v), where);
        } else {
            assertNull(d.dominatedBy(), where);
        }
        assertTrue(d.dominatedBy() == null || f.points().contains(d.dominatedBy()), where);
    }

    /** The journey's numbers in the design, analysed by the engine from scratch, and its cost in cents. */
    private static Measured measure(Topology t, String journey, int changes) {
        IncrementalAnalysis a = RULES.analyse(t);
        try {
            Journey j = t.journey(journey).orElseThrow();
            int[] rpo = new int[Scenario.values().length];
            int[] rto = new int[Scenario.values().length];
            for (Scenario s : Scenario.values()) {
                JourneyAssessment ja = a.journey(j, s);
                rpo[s.ordinal()] = capped(ja.rpo());
                rto[s.ordinal()] = capped(ja.rto());
            }
            long cents = 0;
            for (Component c : t.components()) {
                cents += Math.round(CostModel.total(c, t.prices()) * 100);
            }
            return new Measured(cents, rpo, rto, changes);
        } finally {
            a.dispose();
        }
    }

    private static int capped(TimeBound t) {
        return t.isUnbounded() || t.seconds() >= Frontier.UNBOUNDED_SECONDS ? (int) Frontier.UNBOUNDED_SECONDS
                : (int) t.seconds();
    }

    private static boolean dominates(long[] a, long[] b) {
        boolean less = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            less |= a[k] < b[k];
        }
        return less;
    }

    private static String key(long[] v) {
        return LongStream.of(v).mapToObj(x -> String.format("%012d", x)).collect(Collectors.joining("/"));
    }
}
