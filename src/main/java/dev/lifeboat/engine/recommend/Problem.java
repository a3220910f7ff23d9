package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.InstanceHits;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.CostModel;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.InvalidValueException;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.MenuOption;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The search space of one journey, precomputed: the components it needs in dependency order, each with its
 * choices (its current settings and every option of its kind's menu that changes something and that the model
 * accepts), and per choice its monthly cost and, per scenario, its own RPO, preparation and RTO as its rule gives
 * them. Which components each scenario instance hits comes from the analysis itself; it does not depend on the
 * menus' settings.
 *
 * <p>Times are whole seconds; anything at or above {@link #CAP} (about three years) counts as unbounded. Costs are
 * whole cents.
 */
final class Problem {

    /** The number standing for "unbounded" (and anything at least this long). */
    static final int CAP = 100_000_000;
    static final Scenario[] SCENARIOS = Scenario.values();

    final Topology topology;
    final Journey journey;
    /** The components the journey needs, dependencies first. */
    final Component[] comps;
    /** deps[c]: the hard dependencies of comps[c], as indices. */
    final int[][] deps;
    final boolean[] entry;
    /** Whether the journey needs a component in a cycle of hard dependencies (no order: nothing can meet). */
    final boolean cyclic;
    /** choices[c]: the component's choices, cheapest first; null option = its current settings. */
    final List<Choice>[] choices;
    /** current[c]: the index of the current settings among choices[c]. */
    final int[] current;
    /** [scenario][instance][c]: whether the instance hits comps[c]. */
    final boolean[][][] hit;
    final String[][] places;
    /** [scenario]: objectives in seconds, or -1 for none. */
    final long[] rpoObjective;
    final long[] rtoObjective;

    /** A choice for one component, with its precomputed numbers. */
    record Choice(MenuOption option, Map<String, Object> changes, int costCents, int[] rpo, int[] prepare,
                  int[] rto) {
        String label() {
            return option == null ? "current settings" : option.label();
        }
    }

    @SuppressWarnings("unchecked")
    Problem(Topology topology, Journey journey, IncrementalAnalysis analysis,
            BiFunction<Component, Scenario, ComponentAssessment> rules) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.journey = Objects.requireNonNull(journey, "journey");
        // the components the journey needs, dependencies first (iterative depth-first post-order)
        Map<Component, Integer> index = new LinkedHashMap<>();
        Map<Component, Integer> state = new HashMap<>();
        List<Component> order = new ArrayList<>();
        boolean cycle = false;
        for (Component e : journey.entries()) {
            if (state.containsKey(e)) {
                continue;
            }
            List<Component> stack = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            stack.add(e);
            next.add(0);
            state.put(e, 1);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                Component c = stack.get(top);
                List<Dependency> ds = topology.dependenciesOf(c);
                int k = next.get(top);
                if (k < ds.size()) {
                    next.set(top, k + 1);
                    Dependency d = ds.get(k);
                    if (!d.isHard()) {
                        continue;
                    }
                    Integer st = state.get(d.target());
                    if (st == null) {
                        state.put(d.target(), 1);
                        stack.add(d.target());
                        next.add(0);
                    } else if (st == 1) {
                        cycle = true;
                    }
                } else {
                    stack.remove(top);
                    next.remove(top);
                    state.put(c, 2);
                    index.put(c, order.size());
                    order.add(c);
                }
            }
        }
        this.cyclic = cycle;
        int n = order.size();
        this.comps = order.toArray(new Component[0]);
        this.deps = new int[n][];
        this.entry = new boolean[n];
        for (int c = 0; c < n; c++) {
            deps[c] = topology.dependenciesOf(comps[c]).stream().filter(Dependency::isHard)
                    .mapToInt(d -> index.get(d.target())).distinct().toArray();
        }
        for (Component e : journey.entries()) {
            entry[index.get(e)] = true;
        }
        // the instances and what they hit
        this.hit = new boolean[SCENARIOS.length][][];
        this.places = new String[SCENARIOS.length][];
        this.rpoObjective = new long[SCENARIOS.length];
        this.rtoObjective = new long[SCENARIOS.length];
        for (Scenario s : SCENARIOS) {
            List<InstanceHits> instances = analysis.instanceHits(s);
            boolean[][] h = new boolean[instances.size()][n];
            String[] p = new String[instances.size()];
            for (int k = 0; k < instances.size(); k++) {
                p[k] = instances.get(k).place();
                for (Component c : instances.get(k).hit()) {
                    Integer i = index.get(c);
                    if (i != null) {
                        h[k][i] = true;
                    }
                }
            }
            hit[s.ordinal()] = h;
            places[s.ordinal()] = p;
            rpoObjective[s.ordinal()] = seconds(journey.rpoObjective(s.id()));
            rtoObjective[s.ordinal()] = seconds(journey.rtoObjective(s.id()));
        }
        // the choices, assessed on a scratch copy so that the design itself never changes
        Topology scratch = topology.copy(false);
        this.choices = new List[n];
        this.current = new int[n];
        for (int c = 0; c < n; c++) {
            Component original = comps[c];
            Component sc = scratch.component(original.id()).orElseThrow();
            List<Choice> list = new ArrayList<>();
            list.add(assess(scratch, sc, null, Map.of(), rules));
            boolean menuAllowed = original.memberZones().isEmpty();
            for (MenuOption o : menuAllowed ? original.kind().menu() : List.<MenuOption>of()) {
                Map<String, Object> changes = o.changes(original);
                if (changes.isEmpty()) {
                    continue;
                }
                Map<String, Object> saved = sc.explicitValues();
                try {
                    changes.forEach((key, value) -> scratch.set(sc, key, value));
                    list.add(assess(scratch, sc, o, changes, rules));
                } catch (InvalidValueException refused) {
                    // an option the model refuses for this component is not a real option for it
                } finally {
                    restore(scratch, sc, saved, changes);
                }
            }
            Choice now = list.get(0);
            list.sort(Comparator.comparingInt(Choice::costCents));
            choices[c] = List.copyOf(list);
            current[c] = choices[c].indexOf(now);
        }
    }

    private static void restore(Topology t, Component c, Map<String, Object> saved, Map<String, Object> changed) {
        for (String key : changed.keySet()) {
            if (saved.containsKey(key)) {
                t.set(c, key, saved.get(key));
            } else {
                t.reset(c, key);
            }
        }
    }

    private static Choice assess(Topology t, Component c, MenuOption option, Map<String, Object> changes,
                                 BiFunction<Component, Scenario, ComponentAssessment> rules) {
        int[] rpo = new int[SCENARIOS.length];
        int[] prepare = new int[SCENARIOS.length];
        int[] rto = new int[SCENARIOS.length];
        for (Scenario s : SCENARIOS) {
            ComponentAssessment a = rules.apply(c, s);
            rpo[s.ordinal()] = a.rebuildable() ? 0 : capped(a.rpo());
            rto[s.ordinal()] = capped(a.rto());
            prepare[s.ordinal()] = Math.min(capped(a.prepare()), rto[s.ordinal()]);
        }
        long cents = Math.round(CostModel.total(c, t.prices()) * 100);
        return new Choice(option, changes, (int) Math.min(cents, Integer.MAX_VALUE / 64), rpo, prepare, rto);
    }

    static int capped(TimeBound t) {
        return t.isUnbounded() || t.seconds() >= CAP ? CAP : (int) t.seconds();
    }

    private static long seconds(TimeBound t) {
        return t == null ? -1 : t.isUnbounded() ? CAP : Math.min(t.seconds(), CAP);
    }

    int size() {
        return comps.length;
    }

    /** Whether some instance of scenario s hits comps[c]. */
    boolean hitSome(int s, int c) {
        for (boolean[] inst : hit[s]) {
            if (inst[c]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The choices of comps[c] that can be part of an answer meeting the required objectives: the journey's RPO is
     * the worst own RPO of the components an instance hits (rebuildable data counts 0), and an affected component
     * finishes no earlier than its own preparation plus start, so a choice whose own RPO or RTO under a scenario that
     * hits it exceeds that scenario's objective never is. Indices into choices[c], in order.
     */
    int[] allowed(int c, boolean[] rpoRequired, boolean[] rtoRequired) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < choices[c].size(); i++) {
            if (firstRuledOut(c, i, rpoRequired, rtoRequired) < 0) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The first required objective (scenario * 2, + 1 for RTO) that choice i of comps[c] rules out on its own, or -1.
     */
    int firstRuledOut(int c, int i, boolean[] rpoRequired, boolean[] rtoRequired) {
        Choice ch = choices[c].get(i);
        for (int s = 0; s < SCENARIOS.length; s++) {
            if (!hitSome(s, c)) {
                continue;
            }
            if (rpoRequired[s] && ch.rpo()[s] > rpoObjective[s]) {
                return 2 * s;
            }
            if (rtoRequired[s] && ch.rto()[s] > rtoObjective[s]) {
                return 2 * s + 1;
            }
        }
        return -1;
    }

    /** Whether the journey has any objective. */
    boolean hasObjectives() {
        for (int s = 0; s < SCENARIOS.length; s++) {
            if (rpoObjective[s] >= 0 || rtoObjective[s] >= 0) {
                return true;
            }
        }
        return false;
    }
}
