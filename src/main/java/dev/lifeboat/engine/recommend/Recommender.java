package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.IncrementalAnalysis;
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
import org.chocosolver.solver.constraints.Constraint;
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

    /** The default limit on one query's search; past it the answer is the best found and says it is not proven. */
    public static final long DEFAULT_TIME_LIMIT_MS = 10_000;

    private final RuleBook rules;
    private final long timeLimitNanos;

    public Recommender(RuleBook rules) {
        this(rules, DEFAULT_TIME_LIMIT_MS);
    }

    public Recommender(RuleBook rules, long timeLimitMs) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.timeLimitNanos = timeLimitMs * 1_000_000L;
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
        return recommend(topology, journey, cancelled, Progress.NONE);
    }

    /**
     * What a running search is doing, for a progress indicator: called on the searching thread at the start of each
     * stage ("reading the menus", "cheapest", "fewest changes", "best RTO", "checking the options"; when the
     * objectives are out of reach, "objectives out of reach" and "closest"), with how far the search is, from 0 to 1 (a share of its stages, not
     * of its time: one stage may take longer than the rest together).
     */
    @FunctionalInterface
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = (stage, done) -> { };

        void stage(String stage, double done);
    }

    /**
     * Recommends for the journey, telling {@code progress} each stage it starts; {@code cancelled} is polled during
     * the search and after each report.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public Recommendation recommend(Topology topology, Journey journey, BooleanSupplier cancelled,
                                    Progress progress) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        Progress report = (stage, done) -> {
            progress.stage(stage, done);
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("the search was cancelled");
            }
        };
        Topology work = topology.copy(false);
        Journey j = work.journey(journey.id()).orElseThrow(() ->
                new IllegalArgumentException("the design has no journey " + journey.id()));
        double baselineCost = Costs.of(work).total();
        List<Reached> baseline = reached(work, j);
        if (baseline.stream().allMatch(Reached::meets)) {
            return new Recommendation(journey, Status.ALREADY_MET, baseline, List.of(), List.of(), null, baselineCost,
                    true);
        }
        report.stage("reading the menus", 0.0);
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
                    why.add(new Unreachable(r.scenario(), "RPO", r.rpoObjective(), null, null));
                }
                if (r.rtoObjective() != null) {
                    why.add(new Unreachable(r.scenario(), "RTO", r.rtoObjective(), null, null));
                }
            }
            return new Recommendation(journey, Status.OUT_OF_REACH, baseline, List.of(), why, null, baselineCost,
                    true);
        }
        long deadline = System.nanoTime() + timeLimitNanos;
        boolean[] timedOut = new boolean[1];
        ExactSearch.Required all = ExactSearch.Required.all(p);
        report.stage("cheapest", 0.1);
        ExactSearch cheapestSearch = new ExactSearch(p, all, cancelled);
        Solution cheapest = solve(cheapestSearch, cheapestSearch.cost, deadline, timedOut);
        if (cheapest == null) {
            return outOfReach(topology, journey, work, j, p, baseline, baselineCost, cancelled, deadline, timedOut,
                    report);
        }
        int[] best = cheapestSearch.choices(cheapest);
        int bestCost = cheapest.getIntVal(cheapestSearch.cost);
        Map<String, int[]> found = new LinkedHashMap<>();
        Map<String, List<Kind>> kinds = new LinkedHashMap<>();
        note(found, kinds, best, Kind.CHEAPEST);

        // the alternatives on the same model, searched again with constraints posted and removed in turn
        ExactSearch m = cheapestSearch;
        // fewest changes, then the cheapest among those
        report.stage("fewest changes", 0.35);
        Solution s = solve(m, m.changes, deadline, timedOut);
        if (s != null) {
            int k = s.getIntVal(m.changes);
            int[] fewest = m.choices(s);
            Constraint atMost = m.model.arithm(m.changes, "<=", k);
            atMost.post();
            Solution fc = solve(m, m.cost, deadline, timedOut);
            note(found, kinds, fc == null ? fewest : m.choices(fc), Kind.FEWEST_CHANGES);
            m.model.unpost(atMost);
        }

        // the best worst-case RTO within 10% of the cheapest cost, then the cheapest among those
        report.stage("best RTO", 0.55);
        int budget = (int) Math.min(Integer.MAX_VALUE, (long) Math.floor(bestCost * 1.1));
        Constraint withinBudget = m.model.arithm(m.cost, "<=", budget);
        withinBudget.post();
        Solution f = solve(m, m.worstRto, deadline, timedOut);
        if (f != null) {
            int worst = f.getIntVal(m.worstRto);
            int[] fastest = m.choices(f);
            m.model.arithm(m.worstRto, "<=", worst).post();
            Solution fc = solve(m, m.cost, deadline, timedOut);
            note(found, kinds, fc == null ? fastest : m.choices(fc), Kind.BEST_RTO);
        }

        report.stage("checking the options", 0.8);
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
        return new Recommendation(journey, Status.FOUND, baseline, options, List.of(), null, baselineCost,
                !timedOut[0]);
    }

    private static Solution solve(ExactSearch search, IntVar objective, long deadline, boolean[] timedOut) {
        Solution s = search.minimise(objective, deadline);
        timedOut[0] |= search.timedOut;
        return s;
    }

    private static void note(Map<String, int[]> found, Map<String, List<Kind>> kinds, int[] choice, Kind kind) {
        String key = Arrays.toString(choice);
        found.putIfAbsent(key, choice);
        kinds.computeIfAbsent(key, x -> new ArrayList<>()).add(kind);
    }

    /** Which objectives no combination meets (each alone), their best reachable values, and the closest option. */
    private Recommendation outOfReach(Topology topology, Journey journey, Topology work, Journey j, Problem p,
                                      List<Reached> baseline, double baselineCost, BooleanSupplier cancelled,
                                      long deadline, boolean[] timedOut, Progress report) {
        int sc = Problem.SCENARIOS.length;
        List<Unreachable> unreachable = new ArrayList<>();
        ExactSearch alone = null;
        for (int s = 0; s < sc; s++) {
            report.stage("objectives out of reach", 0.3 + 0.4 * s / sc);
            for (boolean rtoMeasure : new boolean[] {false, true}) {
                long objective = rtoMeasure ? p.rtoObjective[s] : p.rpoObjective[s];
                if (objective < 0) {
                    continue;
                }
                boolean[] rpoReq = new boolean[sc];
                boolean[] rtoReq = new boolean[sc];
                (rtoMeasure ? rtoReq : rpoReq)[s] = true;
                // a component none of whose choices meets the objective on its own rules it out at once
                Unreachable pruned = null;
                for (int c = 0; c < p.size() && pruned == null; c++) {
                    if (p.allowed(c, rpoReq, rtoReq).length == 0) {
                        int ss = s;
                        int bestValue = p.choices[c].stream()
                                .mapToInt(ch -> rtoMeasure ? ch.rto()[ss] : ch.rpo()[ss]).min().orElse(Problem.CAP);
                        pruned = new Unreachable(Problem.SCENARIOS[s], rtoMeasure ? "RTO" : "RPO",
                                TimeBound.ofSeconds(objective), bound(bestValue),
                                topology.component(p.comps[c].id()).orElse(p.comps[c]));
                    }
                }
                if (pruned != null) {
                    unreachable.add(pruned);
                    continue;
                }
                if (alone == null) {
                    // one model with nothing required serves every objective: each query minimises another measure
                    alone = new ExactSearch(p, new ExactSearch.Required(new boolean[sc], new boolean[sc]), cancelled);
                }
                IntVar measure = rtoMeasure ? alone.rto[s] : alone.rpo[s];
                Solution b = solve(alone, measure, deadline, timedOut);
                int bestValue = b == null ? Problem.CAP : b.getIntVal(measure);
                if (bestValue > objective) {
                    unreachable.add(new Unreachable(Problem.SCENARIOS[s], rtoMeasure ? "RTO" : "RPO",
                            TimeBound.ofSeconds(objective), bound(bestValue), null));
                }
            }
        }
        report.stage("closest", 0.7);
        Option closest = closest(topology, work, j, p, baseline, baselineCost, cancelled, deadline, timedOut);
        return new Recommendation(journey, Status.OUT_OF_REACH, baseline, List.of(), unreachable, closest,
                baselineCost, !timedOut[0]);
    }

    private static TimeBound bound(int seconds) {
        return seconds >= Problem.CAP ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(seconds);
    }

    /** A journey's measures today per scenario, in the model's capped seconds: [scenario][0 = RPO, 1 = RTO]. */
    private static int[][] capped(List<Reached> reached) {
        int[][] out = new int[Problem.SCENARIOS.length][2];
        for (Reached r : reached) {
            out[r.scenario().ordinal()][0] = Problem.capped(r.rpo());
            out[r.scenario().ordinal()][1] = Problem.capped(r.rto());
        }
        return out;
    }

    /**
     * The closest option: among the combinations that make no journey measure (RPO or RTO under any scenario) worse
     * than today, the one that misses the fewest objectives, then has the fewest unbounded misses, then the least
     * sum of the finite excess over the objectives, then costs least (an unbounded miss thus counts as a constant
     * larger than any finite excess). Null when that is no better than today on misses and excess: no change in
     * the menus brings the journey closer.
     */
    private Option closest(Topology topology, Topology work, Journey j, Problem p, List<Reached> baseline,
                           double baselineCost, BooleanSupplier cancelled, long deadline, boolean[] timedOut) {
        int sc = Problem.SCENARIOS.length;
        int[][] today = capped(baseline);
        int[] todayScore = score(p, today);
        int[] bounds = new int[3];
        int[] choice = null;
        for (int level = 0; level <= 3; level++) {
            ClosestModel m = new ClosestModel(p, today, cancelled);
            for (int k = 0; k < level; k++) {
                m.search.model.arithm(m.score[k], "<=", bounds[k]).post();
            }
            IntVar objective = level < 3 ? m.score[level] : m.search.cost;
            Solution s = solve(m.search, objective, deadline, timedOut);
            if (s == null) {
                // the current settings always qualify: only the time limit gets here
                return null;
            }
            if (level < 3) {
                bounds[level] = s.getIntVal(objective);
            }
            choice = m.search.choices(s);
            if (level == 2 && Arrays.compare(bounds, todayScore) >= 0) {
                return null;
            }
        }
        Option o = option(topology, work, j, p, choice, List.of(Kind.CLOSEST), baselineCost);
        int[][] then = capped(o.reached());
        for (int s = 0; s < sc; s++) {
            if (then[s][0] > today[s][0] || then[s][1] > today[s][1]) {
                throw new IllegalStateException("the recommender's model disagrees with the engine: the closest "
                        + "option for journey " + j.id() + " makes " + Problem.SCENARIOS[s].id() + " worse: "
                        + o.reached());
            }
        }
        return o;
    }

    /** (misses, unbounded misses, sum of finite excess) of measures [scenario][RPO, RTO] in capped seconds. */
    static int[] score(Problem p, int[][] measures) {
        int misses = 0;
        int unbounded = 0;
        long excess = 0;
        for (int s = 0; s < Problem.SCENARIOS.length; s++) {
            long[] objectives = {p.rpoObjective[s], p.rtoObjective[s]};
            for (int m = 0; m < 2; m++) {
                if (objectives[m] >= 0 && measures[s][m] > objectives[m]) {
                    misses++;
                    if (measures[s][m] >= Problem.CAP) {
                        unbounded++;
                    } else {
                        excess += measures[s][m] - objectives[m];
                    }
                }
            }
        }
        return new int[] {misses, unbounded, (int) Math.min(excess, Integer.MAX_VALUE)};
    }

    /** The model of the closest search: no objective required, nothing worse than today, the three scores. */
    private static final class ClosestModel {
        final ExactSearch search;
        final IntVar[] score = new IntVar[3];

        ClosestModel(Problem p, int[][] today, BooleanSupplier cancelled) {
            int sc = Problem.SCENARIOS.length;
            search = new ExactSearch(p, new ExactSearch.Required(new boolean[sc], new boolean[sc]), cancelled);
            var model = search.model;
            List<IntVar> missed = new ArrayList<>();
            List<IntVar> unbounded = new ArrayList<>();
            List<IntVar> excess = new ArrayList<>();
            for (int s = 0; s < sc; s++) {
                IntVar[] measure = {search.rpo[s], search.rto[s]};
                long[] objectives = {p.rpoObjective[s], p.rtoObjective[s]};
                for (int m = 0; m < 2; m++) {
                    model.arithm(measure[m], "<=", today[s][m]).post();
                    if (objectives[m] < 0) {
                        continue;
                    }
                    int objective = (int) objectives[m];
                    missed.add(model.arithm(measure[m], ">", objective).reify());
                    IntVar inf = model.arithm(measure[m], ">=", Problem.CAP).reify();
                    unbounded.add(inf);
                    // the finite excess: max(0, measure - objective) when bounded, else 0
                    IntVar over = model.intVar("over", 0, Math.max(0, Problem.CAP - objective));
                    IntVar diff = model.intVar("diff", -objective, Problem.CAP - objective);
                    model.arithm(measure[m], "-", diff, "=", objective).post();
                    model.max(over, diff, model.intVar(0)).post();
                    IntVar finite = model.intVar("finite", 0, Math.max(0, Problem.CAP - objective));
                    model.ifThenElse(model.arithm(inf, "=", 1), model.arithm(finite, "=", 0),
                            model.arithm(finite, "=", over));
                    excess.add(finite);
                }
            }
            score[0] = sum(model, missed);
            score[1] = sum(model, unbounded);
            score[2] = sum(model, excess);
        }

        private static IntVar sum(org.chocosolver.solver.Model model, List<IntVar> vars) {
            long ub = vars.stream().mapToLong(IntVar::getUB).sum();
            IntVar out = model.intVar("sum", 0, (int) Math.min(ub, Integer.MAX_VALUE / 2));
            if (vars.isEmpty()) {
                model.arithm(out, "=", 0).post();
            } else {
                model.sum(vars.toArray(new IntVar[0]), "=", out).post();
            }
            return out;
        }
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
            return Reached.of(a, j);
        } finally {
            a.dispose();
        }
    }
}
