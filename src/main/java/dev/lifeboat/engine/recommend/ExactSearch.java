package dev.lifeboat.engine.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Settings;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * The journey's search space as a constraint model (Choco): one variable per component, its choice; the monthly
 * cost as the sum of the choices' costs; per scenario the journey's RPO (the worst own RPO of the components an
 * instance hits) and its RTO, chained exactly as the engine's recovery pass does ({@code finish(c) = max(prepare(c),
 * finish of its hard dependencies) + start(c)}, 0 for a component the instance does not affect) and maximised over
 * the entries and the instances. Solving with branch and bound proves the optimum.
 */
final class ExactSearch {

    /** Which objectives must be met, by scenario. */
    record Required(boolean[] rpo, boolean[] rto) {
        static Required all(Problem p) {
            boolean[] rpo = new boolean[Problem.SCENARIOS.length];
            boolean[] rto = new boolean[Problem.SCENARIOS.length];
            for (int s = 0; s < rpo.length; s++) {
                rpo[s] = p.rpoObjective[s] >= 0;
                rto[s] = p.rtoObjective[s] >= 0;
            }
            return new Required(rpo, rto);
        }
    }

    final Problem problem;
    final Model model;
    final IntVar[] x;
    final IntVar cost;
    /** The journey's RPO and RTO per scenario (capped at {@link Problem#CAP}). */
    final IntVar[] rpo;
    final IntVar[] rto;
    /** The number of components whose choice is not their current settings. */
    final IntVar changes;
    /** The worst journey RTO over the scenarios that have an RTO objective (0 when none has). */
    final IntVar worstRto;
    private final BooleanSupplier cancelled;

    /** Whether the pruning left some component no choice: nothing meets the required objectives. */
    final boolean empty;
    /** Whether this model was searched already (so that a new search must reset the solver first). */
    private boolean searched;
    /** Whether a search of this model stopped at its time limit (its answer, if any, is not proven optimal). */
    boolean timedOut;
    /** The current query's deadline ({@link System#nanoTime()}), read by the solver's stop criterion. */
    private volatile long deadline = Long.MAX_VALUE;

    /**
     * The model; each component's domain is pruned first to the choices that do not rule out a required objective on
     * their own ({@link Problem#allowed}).
     */
    ExactSearch(Problem p, Required required, BooleanSupplier cancelled) {
        this(p, required, cancelled, null);
    }

    /**
     * The model of the scenarios marked in {@code modelled} only (all when null): the others' RPO and RTO are the
     * constant 0, which is less to propagate when the others do not matter (a frontier under one scenario).
     */
    ExactSearch(Problem p, Required required, BooleanSupplier cancelled, boolean[] modelled) {
        this.problem = p;
        // times and costs span wide ranges: bounded domains, and no table in place of a sum (Choco's default turns
        // small sums into tables, whose filtering walks every value of the range)
        this.model = new Model("recommend " + p.journey.id(),
                Settings.init().setEnableTableSubstitution(false).setMaxDomSizeForEnumerated(64));
        int n = p.size();
        x = new IntVar[n];
        IntVar[] costs = new IntVar[n];
        IntVar[] changed = new IntVar[n];
        int maxCost = 0;
        boolean none = false;
        for (int c = 0; c < n; c++) {
            int[] allowed = p.allowed(c, required.rpo(), required.rto());
            if (allowed.length == 0) {
                none = true;
                allowed = new int[] {p.current[c]};
            }
            x[c] = model.intVar("x" + c, allowed);
            int[] table = p.choices[c].stream().mapToInt(Problem.Choice::costCents).toArray();
            costs[c] = element(table, x[c]);
            maxCost += costs[c].getUB();
            changed[c] = model.arithm(x[c], "!=", p.current[c]).reify();
        }
        cost = model.intVar("cost", 0, Math.max(0, maxCost));
        model.sum(costs, "=", cost).post();
        changes = model.intVar("changes", 0, n);
        model.sum(changed, "=", changes).post();
        rpo = new IntVar[Problem.SCENARIOS.length];
        rto = new IntVar[Problem.SCENARIOS.length];
        List<IntVar> constrainedRto = new ArrayList<>();
        for (int s = 0; s < Problem.SCENARIOS.length; s++) {
            if (modelled != null && !modelled[s]) {
                rpo[s] = model.intVar(0);
                rto[s] = model.intVar(0);
                continue;
            }
            rpo[s] = journeyRpo(s, required.rpo()[s] ? (int) p.rpoObjective[s] : Problem.CAP);
            rto[s] = journeyRto(s, required.rto()[s] ? (int) p.rtoObjective[s] : Problem.CAP);
            if (p.rtoObjective[s] >= 0) {
                constrainedRto.add(rto[s]);
            }
        }
        worstRto = constrainedRto.isEmpty() ? model.intVar(0) : max(constrainedRto.toArray(new IntVar[0]), "worstRto");
        this.cancelled = cancelled;
        // one stop criterion for cancelling and for the deadline of the current query, read on every node: Choco's
        // own time limit counts time only when its measures are refreshed (at solutions), so a search that found
        // one answer and then proved nothing better for minutes never reached it
        model.getSolver().addStopCriterion(() -> (cancelled != null && cancelled.getAsBoolean())
                || System.nanoTime() - deadline > 0);
        this.empty = none;
        // choices are sorted cheapest first: the smallest index first finds cheap answers early; branching on the
        // smallest domains first (ties: the components whose choices differ most in cost) fails early
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(costs[b].getUB() - costs[b].getLB(),
                costs[a].getUB() - costs[a].getLB()));
        IntVar[] ordered = new IntVar[n];
        for (int k = 0; k < n; k++) {
            ordered[k] = x[order[k]];
        }
        model.getSolver().setSearch(n == 0 ? Search.inputOrderLBSearch(model.intVar(0))
                : Search.minDomLBSearch(ordered));
    }

    /**
     * table[index] as a variable whose bounds follow the choices still possible ({@link PropChoiceValue}); times run
     * to {@link Problem#CAP}, so nothing may be allocated per value (Choco's element constraint keeps a bit per
     * value), and a sum of booleans weighted by the table keeps its first lower bound, too weak to prune.
     */
    private IntVar element(int[] table, IntVar index) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = index.getLB(); i <= index.getUB(); i = index.nextValue(i)) {
            min = Math.min(min, table[i]);
            max = Math.max(max, table[i]);
        }
        if (min == max) {
            return model.intVar(min);
        }
        IntVar v = model.intVar("v", min, max, true);
        model.post(new Constraint("choice value", new PropChoiceValue(index, v, table)));
        return v;
    }

    IntVar max(IntVar[] vars, String name) {
        if (vars.length == 0) {
            return model.intVar(0);
        }
        if (vars.length == 1) {
            return vars[0];
        }
        int lb = Arrays.stream(vars).mapToInt(IntVar::getLB).max().orElse(0);
        int ub = Arrays.stream(vars).mapToInt(IntVar::getUB).max().orElse(0);
        IntVar m = model.intVar(name, lb, Math.max(lb, ub));
        model.max(m, vars).post();
        return m;
    }

    /** The journey's RPO under scenario s: the worst own RPO among the components some instance hits. */
    private IntVar journeyRpo(int s, int bound) {
        Problem p = problem;
        List<IntVar> own = new ArrayList<>();
        for (int c = 0; c < p.size(); c++) {
            boolean hitSome = false;
            for (boolean[] inst : p.hit[s]) {
                hitSome |= inst[c];
            }
            if (hitSome) {
                int cc = c;
                own.add(element(p.choices[c].stream().mapToInt(ch -> ch.rpo()[s]).toArray(), x[cc]));
            }
        }
        IntVar r = max(own.toArray(new IntVar[0]), "rpo" + s);
        model.arithm(r, "<=", bound).post();
        return r;
    }

    /** The journey's RTO under scenario s: the latest finish among the entries, over the instances. */
    private IntVar journeyRto(int s, int bound) {
        Problem p = problem;
        int n = p.size();
        List<IntVar> entries = new ArrayList<>();
        IntVar[] prepare = new IntVar[n];
        IntVar[] start = new IntVar[n];
        for (boolean[] inst : p.hit[s]) {
            IntVar[] finish = new IntVar[n];
            for (int c = 0; c < n; c++) {
                List<IntVar> waits = new ArrayList<>();
                for (int d : p.deps[c]) {
                    if (finish[d] != null) {
                        waits.add(finish[d]);
                    }
                }
                if (!inst[c] && waits.isEmpty()) {
                    continue; // not affected: back at once
                }
                IntVar f;
                if (!inst[c]) {
                    f = max(waits.toArray(new IntVar[0]), "f");
                } else {
                    if (prepare[c] == null) {
                        int cc = c;
                        prepare[c] = element(p.choices[c].stream().mapToInt(ch -> ch.prepare()[s]).toArray(), x[cc]);
                        start[c] = element(p.choices[c].stream()
                                .mapToInt(ch -> ch.rto()[s] >= Problem.CAP ? Problem.CAP : ch.rto()[s] - ch.prepare()[s])
                                .toArray(), x[cc]);
                    }
                    waits.add(prepare[c]);
                    IntVar ready = max(waits.toArray(new IntVar[0]), "ready");
                    IntVar sum = model.intVar(ready.getLB() + start[c].getLB(), ready.getUB() + start[c].getUB());
                    model.arithm(ready, "+", start[c], "=", sum).post();
                    if (sum.getUB() <= Problem.CAP) {
                        f = sum;
                    } else {
                        f = model.intVar(Math.min(sum.getLB(), Problem.CAP), Problem.CAP);
                        model.min(f, sum, model.intVar(Problem.CAP)).post();
                    }
                }
                // every component the journey needs leads to an entry, so none may finish after the bound
                model.arithm(f, "<=", bound).post();
                finish[c] = f;
                if (p.entry[c]) {
                    entries.add(f);
                }
            }
        }
        return max(entries.toArray(new IntVar[0]), "rto" + s);
    }

    /**
     * Minimises the objective (a variable of this model); null when nothing meets the constraints (or nothing was
     * found before the deadline, {@link System#nanoTime()} based; then {@link #timedOut} is set, as it is when a
     * solution was found but not proven optimal in time).
     */
    Solution minimise(IntVar objective, long deadline) {
        if (empty) {
            return null;
        }
        Solver solver = model.getSolver();
        if (searched) {
            // the same model, searched again (with whatever constraints were posted since); also after a search
            // that failed at the root, which counts no node but leaves the propagation unfinished
            solver.reset();
        }
        searched = true;
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            timedOut = true;
            return null;
        }
        this.deadline = deadline;
        // what callers read: the choices, the cost, the number of changes and the objective
        IntVar[] kept = Arrays.copyOf(x, x.length + 3);
        kept[x.length] = cost;
        kept[x.length + 1] = changes;
        kept[x.length + 2] = objective;
        Solution best = new Solution(model, kept);
        model.setObjective(Model.MINIMIZE, objective);
        boolean found = false;
        while (solver.solve()) {
            best.record();
            found = true;
        }
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException("the search was cancelled");
        }
        if (solver.isStopCriterionMet()) {
            timedOut = true;
        }
        if (!found) {
            return null;
        }
        return best;
    }

    /** The choice per component in a solution. */
    int[] choices(Solution s) {
        int[] out = new int[x.length];
        for (int c = 0; c < x.length; c++) {
            out[c] = s.getIntVal(x[c]);
        }
        return out;
    }
}
