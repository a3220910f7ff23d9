package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.Costs;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Kind;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.recommend.Recommendation.Status;
import dev.lifeboat.engine.recommend.Recommendation.Unreachable;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.variables.IntVar;

/**
 * Finds the cheapest set of setting changes, within each technology's menu ({@link
 * dev.lifeboat.model.ComponentKind#menu()}), to the components a journey needs that makes the journey meet every
 * one of its objectives under every scenario; and, beside it, the option with the fewest changes and the one with
 * the best RTO within 10% of the cheapest cost. The search is exact (a constraint solver proves each optimum), and
 * every option is applied to a copy of the design and analysed again by the engine before it is offered: an option
 * the engine does not confirm is a bug, and fails loudly.
 */
public final class Recommender {

    private final RuleBook rules;

    public Recommender(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The recommender with Lifeboat's own rules. */
    public static Recommender standard() {
        return new Recommender(RuleBook.standard());
    }

    /** Recommends for the journey of the topology (neither is changed). */
    public Recommendation recommend(Topology topology, Journey journey) {
        return recommend(topology, journey, () -> false);
    }

    /**
     * Recommends for the journey; {@code cancelled} is polled during the search.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public Recommendation recommend(Topology topology, Journey journey, BooleanSupplier cancelled) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(journey, "journey");
        Topology work = topology.copy(false);
        Journey j = work.journey(journey.id()).orElseThrow(() ->
                new IllegalArgumentException("the design has no journey " + journey.id()));
        double baselineCost = Costs.of(work).total();
        List<Reached> baseline = reached(work, j);
        if (baseline.stream().allMatch(Reached::meets)) {
            return new Recommendation(journey, Status.ALREADY_MET, baseline, List.of(), List.of(), null, baselineCost);
        }
        IncrementalAnalysis analysis = rules.analyse(work);
        Problem p;
        try {
            p = new Problem(work, j, analysis, rules::assessLazily);
        } finally {
            analysis.dispose();
        }
        if (p.cyclic) {
            // no recovery order: no setting can make a promise
            List<Unreachable> why = new ArrayList<>();
            for (Reached r : baseline) {
                if (r.rpoObjective() != null) {
                    why.add(new Unreachable(r.scenario(), "RPO", r.rpoObjective(), null));
                }
                if (r.rtoObjective() != null) {
                    why.add(new Unreachable(r.scenario(), "RTO", r.rtoObjective(), null));
                }
            }
            return new Recommendation(journey, Status.OUT_OF_REACH, baseline, List.of(), why, null, baselineCost);
        }
        ExactSearch.Required all = ExactSearch.Required.all(p);
        ExactSearch cheapestSearch = new ExactSearch(p, all, cancelled);
        Solution cheapest = cheapestSearch.minimise(cheapestSearch.cost);
        if (cheapest == null) {
            return outOfReach(topology, journey, work, j, p, baseline, baselineCost, cancelled);
        }
        int[] best = cheapestSearch.choices(cheapest);
        int bestCost = cheapest.getIntVal(cheapestSearch.cost);
        Map<String, int[]> found = new LinkedHashMap<>();
        Map<String, List<Kind>> kinds = new LinkedHashMap<>();
        note(found, kinds, best, Kind.CHEAPEST);

        // fewest changes, then the cheapest among those
        ExactSearch fewest = new ExactSearch(p, all, cancelled);
        Solution s = fewest.minimise(fewest.changes);
        int k = s.getIntVal(fewest.changes);
        ExactSearch fewestCheapest = new ExactSearch(p, all, cancelled);
        fewestCheapest.model.arithm(fewestCheapest.changes, "<=", k).post();
        note(found, kinds, fewestCheapest.choices(fewestCheapest.minimise(fewestCheapest.cost)), Kind.FEWEST_CHANGES);

        // the best worst-case RTO within 10% of the cheapest cost, then the cheapest among those
        ExactSearch fast = new ExactSearch(p, all, cancelled);
        int budget = (int) Math.min(Integer.MAX_VALUE, (long) Math.floor(bestCost * 1.1));
        fast.model.arithm(fast.cost, "<=", budget).post();
        Solution f = fast.minimise(fast.worstRto);
        int worst = f.getIntVal(fast.worstRto);
        ExactSearch fastCheapest = new ExactSearch(p, all, cancelled);
        fastCheapest.model.arithm(fastCheapest.cost, "<=", budget).post();
        fastCheapest.model.arithm(fastCheapest.worstRto, "<=", worst).post();
        note(found, kinds, fastCheapest.choices(fastCheapest.minimise(fastCheapest.cost)), Kind.BEST_RTO);

        List<Option> options = new ArrayList<>();
        for (Map.Entry<String, int[]> e : found.entrySet()) {
            Option o = option(topology, work, j, p, e.getValue(), kinds.get(e.getKey()), baselineCost);
            if (!o.reached().stream().allMatch(Reached::meets)) {
                throw new IllegalStateException("the recommender's model disagrees with the engine: option "
                        + kinds.get(e.getKey()) + " for journey " + j.id() + " does not meet its objectives: "
                        + o.reached());
            }
            options.add(o);
        }
        return new Recommendation(journey, Status.FOUND, baseline, options, List.of(), null, baselineCost);
    }

    private static void note(Map<String, int[]> found, Map<String, List<Kind>> kinds, int[] choice, Kind kind) {
        String key = Arrays.toString(choice);
        found.putIfAbsent(key, choice);
        kinds.computeIfAbsent(key, x -> new ArrayList<>()).add(kind);
    }

    /** Which objectives no combination meets (each alone), their best reachable values, and the closest option. */
    private Recommendation outOfReach(Topology topology, Journey journey, Topology work, Journey j, Problem p,
                                      List<Reached> baseline, double baselineCost, BooleanSupplier cancelled) {
        int sc = Problem.SCENARIOS.length;
        List<Unreachable> unreachable = new ArrayList<>();
        boolean[] keepRpo = new boolean[sc];
        boolean[] keepRto = new boolean[sc];
        for (int s = 0; s < sc; s++) {
            for (boolean rtoMeasure : new boolean[] {false, true}) {
                long objective = rtoMeasure ? p.rtoObjective[s] : p.rpoObjective[s];
                if (objective < 0) {
                    continue;
                }
                ExactSearch alone = new ExactSearch(p, new ExactSearch.Required(new boolean[sc], new boolean[sc]),
                        cancelled);
                IntVar measure = rtoMeasure ? alone.rto[s] : alone.rpo[s];
                Solution b = alone.minimise(measure);
                int bestValue = b.getIntVal(measure);
                if (bestValue > objective) {
                    TimeBound reach = bestValue >= Problem.CAP ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(bestValue);
                    unreachable.add(new Unreachable(Problem.SCENARIOS[s], rtoMeasure ? "RTO" : "RPO",
                            TimeBound.ofSeconds(objective), reach));
                } else {
                    (rtoMeasure ? keepRto : keepRpo)[s] = true;
                }
            }
        }
        // the closest: meet what can be met (together, if possible), and come as close as possible to the rest
        Option closest = null;
        ExactSearch near = new ExactSearch(p, new ExactSearch.Required(keepRpo, keepRto), cancelled);
        List<IntVar> missed = new ArrayList<>();
        for (Unreachable u : unreachable) {
            int s = u.scenario().ordinal();
            missed.add(u.measure().equals("RTO") ? near.rto[s] : near.rpo[s]);
        }
        IntVar excess = near.max(missed.toArray(new IntVar[0]), "excess");
        Solution c = near.minimise(excess);
        if (c != null) {
            int bound = c.getIntVal(excess);
            ExactSearch cheapest = new ExactSearch(p, new ExactSearch.Required(keepRpo, keepRto), cancelled);
            List<IntVar> m2 = new ArrayList<>();
            for (Unreachable u : unreachable) {
                int s = u.scenario().ordinal();
                m2.add(u.measure().equals("RTO") ? cheapest.rto[s] : cheapest.rpo[s]);
            }
            IntVar ex = cheapest.max(m2.toArray(new IntVar[0]), "excess");
            cheapest.model.arithm(ex, "<=", bound).post();
            Solution cs = cheapest.minimise(cheapest.cost);
            closest = option(topology, work, j, p, cheapest.choices(cs), List.of(Kind.CLOSEST), baselineCost);
        }
        return new Recommendation(journey, Status.OUT_OF_REACH, baseline, List.of(), unreachable, closest,
                baselineCost);
    }

    /** The option for these choices, with its numbers from the engine on a copy with it applied. */
    private Option option(Topology original, Topology work, Journey j, Problem p, int[] choice, List<Kind> kinds,
                          double baselineCost) {
        List<Change> changes = new ArrayList<>();
        for (int c = 0; c < p.size(); c++) {
            if (choice[c] == p.current[c]) {
                continue;
            }
            Problem.Choice ch = p.choices[c].get(choice[c]);
            Component comp = p.comps[c];
            List<Journey> others = new ArrayList<>();
            for (Journey other : work.journeys()) {
                if (other != j && needs(work, other, comp)) {
                    others.add(original.journey(other.id()).orElse(other));
                }
            }
            changes.add(new Change(original.component(comp.id()).orElse(comp), ch.label(), ch.changes(), others));
        }
        Option draft = new Option(kinds, changes, 0, 0, List.of());
        Topology applied = draft.applyTo(work);
        double cost = Costs.of(applied).total();
        return new Option(kinds, changes, cost, cost - baselineCost,
                reached(applied, applied.journey(j.id()).orElseThrow()));
    }

    /** Whether the journey needs the component (reaches it from an entry over hard dependencies). */
    static boolean needs(Topology t, Journey journey, Component target) {
        List<Component> stack = new ArrayList<>(journey.entries());
        Set<Component> seen = new java.util.HashSet<>(stack);
        while (!stack.isEmpty()) {
            Component c = stack.remove(stack.size() - 1);
            if (c == target) {
                return true;
            }
            t.dependenciesOf(c).stream().filter(d -> d.isHard() && seen.add(d.target()))
                    .forEach(d -> stack.add(d.target()));
        }
        return false;
    }

    private List<Reached> reached(Topology t, Journey j) {
        IncrementalAnalysis a = rules.analyse(t);
        try {
            List<Reached> out = new ArrayList<>();
            for (Scenario s : Scenario.values()) {
                JourneyAssessment ja = a.journey(j, s);
                out.add(new Reached(s, ja.rpo(), ja.rto(), ja.rpoObjective(), ja.rtoObjective(), ja.meetsRpo(),
                        ja.meetsRto()));
            }
            return out;
        } finally {
            a.dispose();
        }
    }
}
