package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which journeys' objectives each component breaks under a scenario: a component a journey needs (its
 * entries and everything they reach through hard dependencies) whose own RPO or RTO misses that journey's
 * objective. The designer colours cards with it; the rule lives here so that every view says the same.
 */
public final class ObjectiveBreaches {

    /** RPO or RTO. */
    public enum Measure { RPO, RTO }

    /**
     * One broken objective.
     *
     * @param journey   the journey whose objective is missed
     * @param measure   which of its objectives
     * @param value     the component's own value under the scenario
     * @param objective the journey's objective
     */
    public record Breach(Journey journey, Measure measure, TimeBound value, TimeBound objective) {
    }

    private ObjectiveBreaches() {
    }

    /**
     * The objectives each component breaks under a scenario, for every journey with an objective, or only for
     * {@code only} when it is not null. Components that break none are absent from the map.
     */
    public static Map<Component, List<Breach>> of(Topology topology, Analysis analysis, Scenario scenario,
                                                  Journey only) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(scenario, "scenario");
        Map<Component, List<Breach>> out = new IdentityHashMap<>();
        for (Journey j : topology.journeys()) {
            // the objectives in force under this scenario: the journey's own for it, else its defaults
            TimeBound rpoObjective = j.rpoObjective(scenario.id());
            TimeBound rtoObjective = j.rtoObjective(scenario.id());
            if ((only != null && j != only) || (rpoObjective == null && rtoObjective == null)) {
                continue;
            }
            for (Component c : scope(topology, j)) {
                List<Breach> broken = of(j, scenario, analysis.assessment(c, scenario));
                if (!broken.isEmpty()) {
                    out.computeIfAbsent(c, k -> new ArrayList<>()).addAll(broken);
                }
            }
        }
        return out;
    }

    /**
     * The objectives of one journey that a component it needs (one of its {@link #scope}) breaks under a scenario,
     * RPO first; empty when it breaks none. A setting edit changes only the edited components' assessments, so a
     * view can bring its breaches in step one component at a time.
     */
    public static List<Breach> of(Journey journey, Scenario scenario, ComponentAssessment a) {
        TimeBound rpoObjective = journey.rpoObjective(scenario.id());
        TimeBound rtoObjective = journey.rtoObjective(scenario.id());
        List<Breach> out = List.of();
        // data rebuilt from a source of truth loses nothing the journey counts
        if (rpoObjective != null && !a.rebuildable() && !a.rpo().meets(rpoObjective)) {
            out = new ArrayList<>(2);
            out.add(new Breach(journey, Measure.RPO, a.rpo(), rpoObjective));
        }
        if (rtoObjective != null && !a.rto().meets(rtoObjective)) {
            out = out.isEmpty() ? new ArrayList<>(1) : out;
            out.add(new Breach(journey, Measure.RTO, a.rto(), rtoObjective));
        }
        return out;
    }

    /** The components a journey needs: its entries and all they reach through hard dependencies. */
    public static Set<Component> scope(Topology topology, Journey journey) {
        Set<Component> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Component> todo = new ArrayDeque<>(journey.entries());
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (seen.add(c)) {
                for (Dependency d : topology.dependenciesOf(c)) {
                    if (d.isHard()) {
                        todo.push(d.target());
                    }
                }
            }
        }
        return seen;
    }
}
