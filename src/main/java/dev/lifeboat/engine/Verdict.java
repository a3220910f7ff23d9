package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a component's numbers mean under a scenario, one meaning per colour wherever Lifeboat draws it (the
 * designer's cards, the diagrams): it misses an objective or is in a cycle, rests on an assumption, meets
 * the objectives that cover it, or no objective covers it.
 */
public enum Verdict {
    /** It breaks a journey's objective, or is part of a dependency cycle (no recovery order exists). */
    MISSES,
    /** Its numbers rest on an assumption (nothing broken). */
    ASSUMED,
    /** An objective covers it and it meets it. */
    MEETS,
    /** No objective covers it. */
    NONE;

    /**
     * The rule.
     *
     * @param breaksObjective whether it breaks an objective in force (see {@link ObjectiveBreaches})
     * @param inCycle         whether it is part of a dependency cycle
     * @param assessment      its numbers under the scenario
     * @param covered         whether an objective in force covers it
     */
    public static Verdict of(boolean breaksObjective, boolean inCycle, ComponentAssessment assessment,
                             boolean covered) {
        if (breaksObjective || inCycle) {
            return MISSES;
        }
        if (assessment.assumed()) {
            return ASSUMED;
        }
        return covered ? MEETS : NONE;
    }

    /**
     * Every component's verdict under a scenario, for every journey or only {@code journey} when not null; a
     * component is covered when the journey asked for needs it and has an objective, or, for all journeys,
     * when the design has any journey.
     */
    public static Map<Component, Verdict> of(Topology topology, Analysis analysis, Scenario scenario,
                                             Journey journey) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(scenario, "scenario");
        Map<Component, List<ObjectiveBreaches.Breach>> broken = ObjectiveBreaches.of(topology, analysis, scenario,
                journey);
        Set<Component> cyclic = Collections.newSetFromMap(new IdentityHashMap<>());
        analysis.cycles().forEach(cyclic::addAll);
        Set<Component> scope = journey == null ? null : ObjectiveBreaches.scope(topology, journey);
        Map<Component, Verdict> out = new IdentityHashMap<>();
        for (Component c : topology.components()) {
            out.put(c, of(broken.containsKey(c), cyclic.contains(c), analysis.assessment(c, scenario),
                    covered(topology, journey, scope, c)));
        }
        return out;
    }

    /**
     * Whether an objective covers a component: with a journey asked for, when the journey needs it (it is in
     * {@code scope}, see {@link ObjectiveBreaches#scope}) and has an objective; for all journeys, when the
     * design has any.
     */
    public static boolean covered(Topology topology, Journey journey, Set<Component> scope, Component c) {
        if (journey == null) {
            return !topology.journeys().isEmpty();
        }
        return scope.contains(c) && (journey.rpoObjective() != null || journey.rtoObjective() != null);
    }
}
