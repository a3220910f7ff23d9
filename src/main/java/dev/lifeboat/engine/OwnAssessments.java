package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.TimeBound;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Each component's own numbers under each scenario, as its technology's rule gives them, kept per
 * component (so that a structural edit runs no rule again) and, for the recovery pass, as compact arrays
 * indexed by scenario and node.
 *
 * <p>{@link ScenarioInstance#UNBOUNDED} stands for an unbounded RPO or RTO in the arrays.
 */
final class OwnAssessments {

    private static final Scenario[] SCENARIOS = Scenario.values();

    private final BiFunction<Component, Scenario, ComponentAssessment> rules;
    private final Map<Component, ComponentAssessment[]> byComponent = new IdentityHashMap<>();
    /**
     * rpo[s][i], rto[s][i]: node i's own numbers under scenario s, as journeys count them (the RPO of a
     * {@linkplain ComponentAssessment#rebuildable() rebuildable} component counts as 0).
     */
    long[][] rpo = new long[SCENARIOS.length][0];
    long[][] rto = new long[SCENARIOS.length][0];
    /** prepare[s][i]: the part of node i's own RTO under scenario s that needs no dependency. */
    long[][] prepare = new long[SCENARIOS.length][0];
    /** Whether node i's own RPO (RTO) under scenario s rests on an assumption. */
    boolean[][] rpoAssumed = new boolean[SCENARIOS.length][0];
    boolean[][] rtoAssumed = new boolean[SCENARIOS.length][0];

    OwnAssessments(BiFunction<Component, Scenario, ComponentAssessment> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rule results of a component, one per scenario, or null when it was never assessed. */
    ComponentAssessment[] of(Component c) {
        return byComponent.get(c);
    }

    /** Forgets a component's results (it was removed, or its settings changed before a rebuild). */
    void forget(Component c) {
        byComponent.remove(c);
    }

    /** Runs the rules of every node that has no results yet, and lays all results out for the nodes. */
    void rebuild(Component[] nodes) {
        int n = nodes.length;
        rpo = new long[SCENARIOS.length][n];
        rto = new long[SCENARIOS.length][n];
        prepare = new long[SCENARIOS.length][n];
        rpoAssumed = new boolean[SCENARIOS.length][n];
        rtoAssumed = new boolean[SCENARIOS.length][n];
        for (int i = 0; i < n; i++) {
            ComponentAssessment[] a = byComponent.get(nodes[i]);
            if (a == null) {
                a = assess(nodes[i]);
                byComponent.put(nodes[i], a);
            }
            store(i, a);
        }
    }

    /** Reruns a component's rules; returns per scenario whether its own numbers or their assumptions changed. */
    boolean[] reassess(Component c, int i) {
        ComponentAssessment[] a = assess(c);
        byComponent.put(c, a);
        boolean[] changed = new boolean[SCENARIOS.length];
        for (int s = 0; s < SCENARIOS.length; s++) {
            changed[s] = counted(a[s]) != rpo[s][i] || seconds(a[s].rto()) != rto[s][i]
                    || a[s].prepare().seconds() != prepare[s][i]
                    || countedAssumed(a[s]) != rpoAssumed[s][i] || a[s].rtoAssumed() != rtoAssumed[s][i];
        }
        store(i, a);
        return changed;
    }

    private void store(int i, ComponentAssessment[] a) {
        for (int s = 0; s < SCENARIOS.length; s++) {
            rpo[s][i] = counted(a[s]);
            rto[s][i] = seconds(a[s].rto());
            prepare[s][i] = a[s].prepare().seconds();
            rpoAssumed[s][i] = countedAssumed(a[s]);
            rtoAssumed[s][i] = a[s].rtoAssumed();
        }
    }

    private ComponentAssessment[] assess(Component c) {
        ComponentAssessment[] a = new ComponentAssessment[SCENARIOS.length];
        for (int s = 0; s < SCENARIOS.length; s++) {
            a[s] = Objects.requireNonNull(rules.apply(c, SCENARIOS[s]), "a rule returned no assessment");
        }
        return a;
    }

    /**
     * The RPO the recovery pass counts for journeys: the assessment's own, except 0 for data that can be
     * rebuilt from a source of truth (the assessment itself keeps its number for the component's card).
     */
    private static long counted(ComponentAssessment a) {
        return a.rebuildable() ? 0 : seconds(a.rpo());
    }

    /** Whether the RPO counted for journeys rests on an assumption (never for rebuildable data). */
    private static boolean countedAssumed(ComponentAssessment a) {
        return !a.rebuildable() && a.rpoAssumed();
    }

    static long seconds(TimeBound t) {
        return t.isUnbounded() ? ScenarioInstance.UNBOUNDED : t.seconds();
    }

    static TimeBound bound(long seconds) {
        return seconds == ScenarioInstance.UNBOUNDED ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(seconds);
    }
}
