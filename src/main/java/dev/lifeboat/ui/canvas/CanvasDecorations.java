package dev.lifeboat.ui.canvas;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.AnalysisChange;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes what the canvas shows on top of the drawing: each card's numbers and verdict, the selected
 * journey's scope, critical path and bottleneck, and the dependency cycles. Knows no JavaFX nodes.
 */
public final class CanvasDecorations {

    private final Topology topology;
    private final Analysis analysis;
    private Scenario scenario = Scenario.NODE_LOSS;
    private Journey journey;
    private Set<Component> scope;
    private JourneyAssessment journeyAssessment;
    private final Map<Component, List<String>> problems = new IdentityHashMap<>();
    /** The objectives broken, per journey in force (every journey, or the selected one), in topology order. */
    private final Map<Journey, Map<Component, List<ObjectiveBreaches.Breach>>> breaches = new LinkedHashMap<>();
    private int reworded;
    /** What each journey in force needs (its entries and all they reach through hard dependencies). */
    private final Map<Journey, Set<Component>> scopes = new IdentityHashMap<>();
    private final Set<Component> inCycle = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<List<Component>> cycles = List.of();

    public CanvasDecorations(Topology topology, Analysis analysis) {
        this.topology = topology;
        this.analysis = analysis;
        // the cycles are known at once (the canvas's banner takes its room before the rest is decorated)
        cycles = analysis.cycles();
        cycles.forEach(inCycle::addAll);
    }

    /**
     * Recomputes everything: the journey-wide facts (scope, objectives broken, cycles), linear in the model. Needed
     * after a structural change, a journey's change, or another scenario or journey selected.
     */
    public void refresh(Scenario scenario, Journey journey) {
        this.scenario = scenario;
        this.journey = journey != null && topology.journey(journey.id()).orElse(null) == journey ? journey : null;
        scope = this.journey == null ? null : ObjectiveBreaches.scope(topology, this.journey);
        journeyAssessment = this.journey == null ? null : analysis.journey(this.journey, scenario);
        breaches.clear();
        scopes.clear();
        for (Journey j : topology.journeys()) {
            if (this.journey == null || j == this.journey) {
                breaches.put(j, ObjectiveBreaches.of(topology, analysis, scenario, j));
                scopes.put(j, j == this.journey ? scope : ObjectiveBreaches.scope(topology, j));
            }
        }
        problems.clear();
        Set<Component> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        breaches.values().forEach(m -> broken.addAll(m.keySet()));
        broken.forEach(this::word);
        cycles = analysis.cycles();
        inCycle.clear();
        cycles.forEach(inCycle::addAll);
    }

    /**
     * Brings the facts in step with a setting edit's {@link AnalysisChange} (not {@code everything}, no journey
     * edited): only the change's components' broken objectives are recomputed (nothing else's own numbers changed),
     * and only the components whose problems differ are worded again. Returns the components whose decoration may
     * differ apart from the change's own components: those whose broken objectives changed, and the selected
     * journey's bottleneck before and after.
     */
    public Set<Component> update(AnalysisChange change) {
        Set<Component> affected = Collections.newSetFromMap(new IdentityHashMap<>());
        if (journeyAssessment != null && journeyAssessment.rpoBottleneck() != null) {
            affected.add(journeyAssessment.rpoBottleneck());
        }
        journeyAssessment = journey == null ? null : analysis.journey(journey, scenario);
        if (journeyAssessment != null && journeyAssessment.rpoBottleneck() != null) {
            affected.add(journeyAssessment.rpoBottleneck());
        }
        // a setting edit changes the own numbers of the change's components only, and neither a journey's objectives
        // nor what it needs: only those components, in the journeys that need them, can break other objectives
        for (Map.Entry<Journey, Map<Component, List<ObjectiveBreaches.Breach>>> e : breaches.entrySet()) {
            Journey j = e.getKey();
            Map<Component, List<ObjectiveBreaches.Breach>> broken = e.getValue();
            Set<Component> needed = scopes.get(j);
            for (Component c : change.components()) {
                if (!needed.contains(c)) {
                    continue;
                }
                List<ObjectiveBreaches.Breach> now = ObjectiveBreaches.of(j, scenario,
                        analysis.assessment(c, scenario));
                List<ObjectiveBreaches.Breach> before = broken.getOrDefault(c, List.of());
                if (!now.equals(before)) {
                    if (now.isEmpty()) {
                        broken.remove(c);
                    } else {
                        broken.put(c, now);
                    }
                    affected.add(c);
                }
            }
        }
        for (Component c : affected) {
            word(c);
        }
        reworded += affected.size();
        return affected;
    }

    /** Words a component's broken objectives, journey by journey in the topology's order. */
    private void word(Component c) {
        List<String> words = new ArrayList<>();
        for (Map<Component, List<ObjectiveBreaches.Breach>> m : breaches.values()) {
            for (ObjectiveBreaches.Breach b : m.getOrDefault(c, List.of())) {
                words.add(b.measure() + " " + b.value() + " misses " + b.journey().name() + "'s objective of "
                        + b.objective());
            }
        }
        if (words.isEmpty()) {
            problems.remove(c);
        } else {
            problems.put(c, words);
        }
    }

    /** How many components {@link #update} has worded again so far (for tests: it follows what changed). */
    public int reworded() {
        return reworded;
    }

    /** The component's recovery wave under the scenario (cheap: no state is built). */
    public int wave(Component c) {
        return analysis.wave(c, scenario);
    }

    /** The selected journey's critical path under the scenario (empty without one). */
    public List<Component> criticalPath() {
        return journeyAssessment == null ? List.of() : journeyAssessment.criticalPath();
    }

    public CardState state(Component c) {
        ComponentAssessment a = analysis.assessment(c, scenario);
        List<String> p = problems.getOrDefault(c, List.of());
        boolean cyc = inCycle.contains(c);
        CardState.Verdict v = CardState.Verdict.valueOf(Verdict.of(!p.isEmpty(), cyc, a, coveredByObjective(c))
                .name());
        boolean dimmed = scope != null && !scope.contains(c);
        boolean bottleneck = journeyAssessment != null && journeyAssessment.rpoBottleneck() == c;
        List<String> all = new ArrayList<>(p);
        if (cyc) {
            all.add(0, "Part of a dependency cycle: no recovery order exists");
        }
        if (a.assumed()) {
            all.add("Assumed (not documented): " + String.join(", ", a.assumptions()));
        }
        return new CardState(a.rpo().toString(), a.rto().toString(), analysis.wave(c, scenario), v, dimmed,
                bottleneck, cyc, List.copyOf(all), a.explanation());
    }

    private boolean coveredByObjective(Component c) {
        return Verdict.covered(topology, journey, scope, c);
    }

    /** Whether the dependency is on the selected journey's critical path (drawn thicker). */
    public boolean critical(Component source, Component target) {
        if (journeyAssessment == null) {
            return false;
        }
        List<Component> path = journeyAssessment.criticalPath();
        for (int i = 0; i + 1 < path.size(); i++) {
            if (path.get(i) == source && path.get(i + 1) == target) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dependency joins two members of one cycle (drawn red). */
    public boolean cyclic(Component source, Component target) {
        for (List<Component> cycle : cycles) {
            if (cycle.contains(source) && cycle.contains(target)) {
                return true;
            }
        }
        return false;
    }

    public boolean dimmed(Component c) {
        return scope != null && !scope.contains(c);
    }

    /** A message naming each cycle's members (names escaped and cut, see {@link Printable}), or null. */
    public String cycleMessage() {
        if (cycles.isEmpty()) {
            return null;
        }
        return cycles.stream().map(c -> c.stream().map(m -> Printable.echo(m.name()))
                .collect(Collectors.joining(" \u2192 ")) + " \u2192 " + Printable.echo(c.get(0).name()))
                .collect(Collectors.joining(";  ",
                "Dependency cycle: ", ".  No recovery order exists among these; the rest is still analysed."));
    }
}
