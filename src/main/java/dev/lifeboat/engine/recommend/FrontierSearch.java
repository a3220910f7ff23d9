package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.CostModel;
import dev.lifeboat.engine.cost.Costs;
import dev.lifeboat.engine.recommend.Frontier.Design;
import dev.lifeboat.engine.recommend.Frontier.Point;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.IntVar;

/**
 * Finds a journey's cost/RPO/RTO frontier ({@link Frontier}): every Pareto-optimal configuration of the menus of
 * the components it needs (the recommender's search space: each component keeps its settings or takes an option of
 * its kind's menu), with the design as it is and its variants placed against it. Objectives play no part: the
 * frontier shows what each level of RPO and RTO costs, met or not.
 *
 * <p>The search is exact: an epsilon-constraint method on the recommender's constraint model. The journey's RPO
 * takes few values (it is the worst of its components' own RPOs), so the search goes through them from the best;
 * for each, it sweeps the RTO bound down from unbounded, each time asking the solver for the cheapest configuration
 * within the RPO and the RTO bound that is cheaper than any point already found within them, then for the best
 * RTO at that cost, then for the fewest changes at both. Each answer is an optimum the solver proves, so each point
 * is Pareto-optimal when found, and the search ends only when every configuration is dominated by or equal to a
 * point found. Before it starts, each component loses the choices another of its choices dominates (no cheaper,
 * and no better RPO, preparation or start under any scenario counted), which changes no point of the frontier.
 *
 * <p>Every point is applied to a scratch copy of the design and analysed by the engine again (incrementally: only
 * what its changes touch is recomputed); a point whose cost, RPO or RTO the engine does not confirm is a bug, and
 * fails loudly.
 */
public final class FrontierSearch {

    /** The default limit on one frontier's search; past it the points found so far are returned, not proven. */
    public static final long DEFAULT_TIME_LIMIT_MS = 30_000;

    /** Told of each frontier point as it is found (on the searching thread), with the number found so far. */
    @FunctionalInterface
    public interface Progress {
        /** No one listens. */
        Progress NONE = (point, found) -> { };

        void found(Point point, int found);
    }

    private final RuleBook rules;
    private final long timeLimitNanos;

    public FrontierSearch(RuleBook rules) {
        this(rules, DEFAULT_TIME_LIMIT_MS);
    }

    public FrontierSearch(RuleBook rules, long timeLimitMs) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.timeLimitNanos = timeLimitMs * 1_000_000L;
    }

    /** The frontier search with Lifeboat's own rules. */
    public static FrontierSearch standard() {
        return new FrontierSearch(RuleBook.standard());
    }

    /**
     * The journey's frontier (neither the topology nor the journey is changed).
     *
     * @param scenario the scenario whose RPO and RTO are traded, or null for the worst over all scenarios
     */
    public Frontier frontier(Topology topology, Journey journey, Scenario scenario) {
        return frontier(topology, journey, scenario, () -> false, Progress.NONE);
    }

    /**
     * The journey's frontier; {@code cancelled} is polled during the search, and {@code progress} is told of each
     * point as it is found (points come by RPO, best first, then by cost; the frontier lists them cheapest first).
     *
     * <p>The topology is read only as the call starts (it is copied, with its variants) and the search runs on the
     * copy: to search on a background thread while the design may be edited, pass a {@link Topology#copy copy}
     * taken on the thread that edits it. The answer's changes name the given topology's components and journeys.
     *
     * @param scenario the scenario whose RPO and RTO are traded, or null for the worst over all scenarios
     * @throws CancellationException when cancelled
     */
    public Frontier frontier(Topology topology, Journey journey, Scenario scenario, BooleanSupplier cancelled,
                             Progress progress) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        // the design is read here only: the search runs on a copy, and names the design's own parts in its answer
        Topology work = topology.copy(false);
        List<Variant> variantsToPlace = List.copyOf(topology.variants());
        Originals originals = new Originals(topology);
        Journey j = work.journey(journey.id()).orElseThrow(() ->
                new IllegalArgumentException("the design has no journey " + journey.id()));
        double baselineCost = Costs.of(work).total();
        IncrementalAnalysis analysis = rules.analyse(work);
        Problem p;
        try {
            p = new Problem(work, j, analysis, rules::assessLazily);
        } finally {
            analysis.dispose();
        }
        List<Point> points = new ArrayList<>();
        boolean proven = true;
        if (!p.cyclic) {
            Probe probe = new Probe(work, j, rules);
            try {
                proven = search(originals, work, j, p, scenario, probe, baselineCost, cancelled, progress, points);
            } finally {
                probe.dispose();
            }
        }
        points.sort(Comparator.comparingLong(Point::costCents).thenComparingLong(x -> Frontier.capped(x.rpo()))
                .thenComparingLong(x -> Frontier.capped(x.rto())));
        Design current = design(Variant.BASELINE, work, j, scenario, points);
        List<Design> variants = new ArrayList<>();
        for (Variant v : variantsToPlace) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the search was cancelled");
            }
            variants.add(design(v.name(), v.apply(work), j, scenario, points));
        }
        return new Frontier(journey, scenario, points, current, variants, p.cyclic, proven);
    }

    /**
     * Fills {@code points} with the frontier (see the class comment); whether it is complete (the time limit was not
     * hit: the points found by then are Pareto-optimal, each from optima the solver proved).
     *
     * <p>By RPO level L, ascending, once every configuration with a lower RPO is dominated by or equal to a point
     * found (the staircase {@code before}: those points, by cost and RTO). For an RTO bound T, from unbounded down,
     * let q be the cheapest earlier point within T. A configuration within L and T that costs no less than q is
     * dominated by q or has q's cost with a better RTO; so the solver looks for the cheapest one cheaper than q.
     * None: q answers for T, and the sweep goes on below q's RTO (a configuration at q's cost with a better RTO is
     * cheaper than the next earlier point, and is found then). One, at cost c: the best RTO t at cost c, then the
     * fewest changes at c and t, make the point (c, L, t), Pareto-optimal, and the sweep goes on below t. The level
     * is done when nothing is within the bound and no earlier point is either.
     */
    private boolean search(Originals original, Topology work, Journey j, Problem p, Scenario scenario, Probe probe,
                           double baselineCost, BooleanSupplier cancelled, Progress progress, List<Point> points) {
        long deadline = System.nanoTime() + timeLimitNanos;
        int sc = Problem.SCENARIOS.length;
        boolean[] modelled = new boolean[sc];
        for (int s = 0; s < sc; s++) {
            modelled[s] = scenario == null || scenario.ordinal() == s;
        }
        ExactSearch m = new ExactSearch(p, new ExactSearch.Required(new boolean[sc], new boolean[sc]), cancelled,
                modelled);
        IntVar rpo = scenario == null ? m.max(m.rpo, "worstRpo") : m.rpo[scenario.ordinal()];
        IntVar rto = scenario == null ? m.max(m.rto, "worstRto") : m.rto[scenario.ordinal()];
        int[][] kept = new int[p.size()][];
        for (int c = 0; c < p.size(); c++) {
            kept[c] = undominated(p, c, modelled);
            m.model.member(m.x[c], kept[c]).post();
        }
        // the cost of the components the journey does not need: the same in every configuration
        long otherCents = cents(work);
        for (int c = 0; c < p.size(); c++) {
            otherCents -= p.choices[c].get(p.current[c]).costCents();
        }
        Staircase before = new Staircase();
        for (int level : levels(p, kept, modelled)) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the search was cancelled");
            }
            Constraint atLevel = m.model.arithm(rpo, "<=", level);
            atLevel.post();
            List<int[]> here = new ArrayList<>();
            int bound = Problem.CAP;
            while (bound >= 0) {
                Constraint within = m.model.arithm(rto, "<=", bound);
                within.post();
                int[] q = before.cheapestWithin(bound);
                Constraint cheaper = q == null ? null : m.model.arithm(m.cost, "<", q[0]);
                if (cheaper != null) {
                    cheaper.post();
                }
                Solution cheapest = m.minimise(m.cost, deadline);
                if (cheaper != null) {
                    m.model.unpost(cheaper);
                }
                if (m.timedOut) {
                    return false;
                }
                if (cheapest == null) {
                    m.model.unpost(within);
                    if (q == null) {
                        break;
                    }
                    bound = q[1] - 1;
                    continue;
                }
                int cost = cheapest.getIntVal(m.cost);
                Constraint atCost = m.model.arithm(m.cost, "<=", cost);
                atCost.post();
                Solution fastest = m.minimise(rto, deadline);
                if (m.timedOut || fastest == null) {
                    return false;
                }
                int time = fastest.getIntVal(rto);
                Constraint atTime = m.model.arithm(rto, "<=", time);
                atTime.post();
                Solution fewest = m.minimise(m.changes, deadline);
                m.model.unpost(atTime);
                m.model.unpost(atCost);
                m.model.unpost(within);
                if (m.timedOut || fewest == null) {
                    return false;
                }
                // its RPO is the level: one below would make it dominated by a point of a lower level
                Point point = point(original, work, j, p, scenario, probe, m.choices(fewest), baselineCost,
                        otherCents + cost, level, time);
                points.add(point);
                here.add(new int[] {cost, time});
                progress.found(point, points.size());
                bound = time - 1;
            }
            m.model.unpost(atLevel);
            for (int[] x : here) {
                before.add(x[0], x[1]);
            }
        }
        return true;
    }

    /**
     * The choices of comps[c] that no other choice dominates, with its current settings always: a choice costs at
     * least as much as another and has an own RPO, preparation and start at least as long under every scenario
     * counted that hits the component, and one of those is worse (or all are equal and the other comes first: the
     * current settings, then the cheapest). The journey's cost, RPO and RTO only grow with those numbers, so
     * replacing a dominated choice by the one dominating it never makes a configuration worse, and the frontier
     * is the same without them; nor does it add a change.
     */
    static int[] undominated(Problem p, int c, boolean[] counted) {
        List<Problem.Choice> choices = p.choices[c];
        List<int[]> numbers = new ArrayList<>();
        for (Problem.Choice ch : choices) {
            List<Integer> v = new ArrayList<>();
            v.add(ch.costCents());
            for (int s = 0; s < Problem.SCENARIOS.length; s++) {
                if (counted[s] && p.hitSome(s, c)) {
                    v.add(ch.rpo()[s]);
                    v.add(ch.prepare()[s]);
                    v.add(ch.rto()[s] >= Problem.CAP ? Problem.CAP : ch.rto()[s] - ch.prepare()[s]);
                }
            }
            numbers.add(v.stream().mapToInt(Integer::intValue).toArray());
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean dominated = false;
            for (int k = 0; k < choices.size() && !dominated && i != p.current[c]; k++) {
                if (k == i) {
                    continue;
                }
                int[] a = numbers.get(k);
                int[] b = numbers.get(i);
                boolean atMost = true;
                boolean less = false;
                for (int v = 0; v < a.length; v++) {
                    atMost &= a[v] <= b[v];
                    less |= a[v] < b[v];
                }
                dominated = atMost && (less || k == p.current[c] || k < i);
            }
            if (!dominated) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The values the journey's RPO can take with the choices kept, ascending, from the least it can be: each choice's
     * own RPO is the worst over the scenarios counted that hit the component (0 when none does), and the journey's
     * RPO is the worst of its components'.
     */
    private static int[] levels(Problem p, int[][] kept, boolean[] counted) {
        TreeSet<Integer> values = new TreeSet<>();
        int least = 0;
        for (int c = 0; c < p.size(); c++) {
            int best = Integer.MAX_VALUE;
            for (int i : kept[c]) {
                int own = 0;
                for (int s = 0; s < Problem.SCENARIOS.length; s++) {
                    if (counted[s] && p.hitSome(s, c)) {
                        own = Math.max(own, p.choices[c].get(i).rpo()[s]);
                    }
                }
                values.add(own);
                best = Math.min(best, own);
            }
            least = Math.max(least, best);
        }
        return values.tailSet(least, true).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The point for these choices, with its numbers from the engine (the probe with the choices applied), which must
     * be those the model gave.
     */
    private Point point(Originals original, Topology work, Journey j, Problem p, Scenario scenario, Probe probe,
                        int[] choice, double baselineCost, long cents, int rpo, int rto) {
        List<Change> changes = new ArrayList<>();
        for (int c = 0; c < p.size(); c++) {
            if (choice[c] == p.current[c]) {
                continue;
            }
            Problem.Choice ch = p.choices[c].get(choice[c]);
            Component comp = p.comps[c];
            List<Journey> others = new ArrayList<>();
            for (Journey other : work.journeys()) {
                if (other != j && Recommender.needs(work, other, comp)) {
                    others.add(original.journeys().getOrDefault(other.id(), other));
                }
            }
            changes.add(new Change(original.components().getOrDefault(comp.id(), comp), ch.label(), ch.changes(),
                    others));
        }
        Probe.Result r = probe.measure(changes);
        TimeBound worstRpo = measure(r.reached(), scenario, true);
        TimeBound worstRto = measure(r.reached(), scenario, false);
        if (r.cents() != cents || Problem.capped(worstRpo) != rpo || Problem.capped(worstRto) != rto) {
            throw new IllegalStateException("the frontier's model disagrees with the engine for journey " + j.id()
                    + " with " + changes.stream().map(c -> c.component().id() + ": " + c.option()).toList()
                    + ": the model says " + cents + " cents, RPO " + rpo + " s, RTO " + rto + " s; the engine "
                    + r.cents() + " cents, RPO " + worstRpo + ", RTO " + worstRto);
        }
        return new Point(new Option(List.of(), changes, r.monthlyCost(), r.monthlyCost() - baselineCost,
                r.reached()), cents, bound(rpo), bound(rto));
    }

    /** The design's own components and journeys by id, read when the search starts. */
    private record Originals(Map<String, Component> components, Map<String, Journey> journeys) {
        Originals(Topology t) {
            this(t.components().stream().collect(Collectors.toMap(Component::id, c -> c)),
                    t.journeys().stream().collect(Collectors.toMap(Journey::id, x -> x)));
        }
    }

    /**
     * A scratch copy of the design with the engine's analysis following it: a point's changes are set on it, its
     * numbers read, and the changes undone, so that the engine re-analyses only what they touch.
     */
    private static final class Probe {
        record Result(List<Reached> reached, long cents, double monthlyCost) {
        }

        private final Topology copy;
        private final Journey journey;
        private final IncrementalAnalysis analysis;

        Probe(Topology work, Journey journey, RuleBook rules) {
            this.copy = work.copy(false);
            this.journey = copy.journey(journey.id()).orElseThrow();
            this.analysis = rules.analyse(copy);
        }

        Result measure(List<Change> changes) {
            List<Component> targets = new ArrayList<>();
            List<Map<String, Object>> saved = new ArrayList<>();
            try {
                for (Change c : changes) {
                    Component target = copy.component(c.component().id()).orElseThrow();
                    targets.add(target);
                    saved.add(target.explicitValues());
                    c.values().forEach((key, value) -> copy.set(target, key, value));
                }
                return new Result(reached(analysis, journey), cents(copy), Costs.total(copy));
            } finally {
                for (int k = 0; k < saved.size(); k++) {
                    Component target = targets.get(k);
                    for (String key : changes.get(k).values().keySet()) {
                        if (saved.get(k).containsKey(key)) {
                            copy.set(target, key, saved.get(k).get(key));
                        } else {
                            copy.reset(target, key);
                        }
                    }
                }
            }
        }

        void dispose() {
            analysis.dispose();
        }
    }

    /** The design placed against the frontier, with its numbers from the engine. */
    private Design design(String name, Topology t, Journey journey, Scenario scenario, List<Point> points) {
        List<Reached> reached = reached(t, t.journey(journey.id()).orElseThrow());
        TimeBound rpo = bound(Problem.capped(measure(reached, scenario, true)));
        TimeBound rto = bound(Problem.capped(measure(reached, scenario, false)));
        long cents = cents(t);
        boolean on = points.stream().anyMatch(x -> x.sameAs(cents, rpo, rto));
        Point by = points.stream().filter(x -> x.dominates(cents, rpo, rto)).findFirst().orElse(null);
        return new Design(name, cents, Costs.of(t).total(), rpo, rto, reached, on, by);
    }

    /**
     * The design's monthly cost as the frontier compares it: each component's cost in whole cents (as the model
     * holds it, up to its cap), summed.
     */
    static long cents(Topology t) {
        long total = 0;
        for (Component c : t.components()) {
            total += Math.min(Math.round(CostModel.total(c, t.prices()) * 100), Integer.MAX_VALUE / 64);
        }
        return total;
    }

    private static TimeBound measure(List<Reached> reached, Scenario scenario, boolean rpo) {
        TimeBound worst = TimeBound.ZERO;
        for (Reached r : reached) {
            if (scenario == null || r.scenario() == scenario) {
                worst = worst.max(rpo ? r.rpo() : r.rto());
            }
        }
        return worst;
    }

    private static TimeBound bound(int seconds) {
        return seconds >= Problem.CAP ? TimeBound.UNBOUNDED : TimeBound.ofSeconds(seconds);
    }

    private List<Reached> reached(Topology t, Journey j) {
        IncrementalAnalysis a = rules.analyse(t);
        try {
            return reached(a, j);
        } finally {
            a.dispose();
        }
    }

    private static List<Reached> reached(IncrementalAnalysis a, Journey j) {
        return Reached.of(a, j);
    }
}
