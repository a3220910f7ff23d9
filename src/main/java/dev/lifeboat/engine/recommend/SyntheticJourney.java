package dev.lifeboat.engine.recommend;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;

/**
 * Generates one journey over {@code size} components for the recommender's benchmark and tests: services in front
 * of databases, caches, queues, object stores and Raft stores (kinds with a menu of 4 to 6 options), over two
 * regions of two zones, every component needed by the journey through hard dependencies (acyclic), with objectives
 * for every scenario. The same seed gives the same topology.
 */
public final class SyntheticJourney {

    private static final ComponentKind[] KINDS = {ComponentKind.SERVICE, ComponentKind.POSTGRESQL,
        ComponentKind.MYSQL, ComponentKind.REDIS, ComponentKind.KAFKA, ComponentKind.MONGODB,
        ComponentKind.OBJECT_STORAGE, ComponentKind.RAFT_STORE};

    private SyntheticJourney() {
    }

    /** The journey is named "journey"; its entry is the first component, a service. */
    public static Topology generate(int size, long seed, TimeBound rpoObjective, TimeBound rtoObjective) {
        Random rnd = new Random(seed);
        Topology t = new Topology();
        t.setName("Recommender " + size);
        List<Place> zones = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Place region = t.addPlace("region-" + (r + 1), PlaceKind.REGION, "region-" + (r + 1), null,
                    new Bounds(0, r * 1000, 2000, 900));
            for (int z = 0; z < 2; z++) {
                zones.add(t.addPlace("zone-" + (r + 1) + (char) ('a' + z), PlaceKind.ZONE,
                        "zone-" + (r + 1) + (char) ('a' + z), region, new Bounds(z * 1000, r * 1000, 900, 900)));
            }
        }
        List<Component> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ComponentKind kind = i == 0 ? ComponentKind.SERVICE : KINDS[rnd.nextInt(KINDS.length)];
            Component c = t.addComponent("c" + i, kind, kind.id() + "-" + i);
            t.place(c, zones.get(rnd.nextInt(zones.size())));
            all.add(c);
            if (i > 0) {
                // each new component is needed by an earlier one, so the journey from c0 needs them all
                t.addDependency(all.get(rnd.nextInt(i)), c, Strength.HARD);
                if (i > 2 && rnd.nextInt(3) == 0) {
                    int a = rnd.nextInt(i);
                    if (t.dependency(all.get(a), c).isEmpty()) {
                        t.addDependency(all.get(a), c, Strength.HARD);
                    }
                }
            }
        }
        t.addJourney("journey", "Journey", List.of(all.get(0)), rpoObjective, rtoObjective);
        return t;
    }

    /**
     * A journey over {@code size} components whose objectives the menus can meet: the topology of {@link
     * #generate} with one random choice per component applied to a scratch copy, analysed by the engine, and the
     * journey's objectives set, per scenario, to the numbers that choice reaches plus 10% (no objective where it
     * leaves a measure unbounded). The design itself keeps its current settings, so an answer exists and the
     * recommender has work to do. The same seed gives the same topology.
     */
    public static Topology generateReachable(int size, long seed) {
        Topology t = generate(size, seed, null, null);
        Journey j = t.journey("journey").orElseThrow();
        RuleBook rules = RuleBook.standard();
        IncrementalAnalysis a = rules.analyse(t);
        Problem p;
        try {
            p = new Problem(t, j, a, rules::assess);
        } finally {
            a.dispose();
        }
        Random rnd = new Random(seed * 31 + 7);
        Topology applied = t.copy(false);
        for (int c = 0; c < p.size(); c++) {
            Component target = applied.component(p.comps[c].id()).orElseThrow();
            p.choices[c].get(rnd.nextInt(p.choices[c].size())).changes()
                    .forEach((k, v) -> applied.set(target, k, v));
        }
        IncrementalAnalysis b = rules.analyse(applied);
        Map<String, Objectives> objectives = new LinkedHashMap<>();
        try {
            Journey aj = applied.journey("journey").orElseThrow();
            for (Scenario s : Scenario.values()) {
                JourneyAssessment ja = b.journey(aj, s);
                objectives.put(s.id(), new Objectives(relaxed(ja.rpo()), relaxed(ja.rto())));
            }
        } finally {
            b.dispose();
        }
        t.setScenarioObjectives(j, objectives);
        return t;
    }

    private static TimeBound relaxed(TimeBound reached) {
        if (reached == null || reached.isUnbounded() || reached.seconds() >= Problem.CAP) {
            return null;
        }
        return TimeBound.ofSeconds((long) Math.ceil(reached.seconds() * 1.1));
    }
}
