package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The trade-offs of one journey between what the design costs a month, the journey's RPO and its RTO: every
 * Pareto-optimal configuration of the menus of the components the journey needs (no other configuration is at
 * least as good on all three and better on one), once per distinct (cost, RPO, RTO), with the design as it is and
 * each of its variants placed against them. Found by {@link FrontierSearch}.
 *
 * <p>The three measures are compared as the search compares them: the cost in whole cents (each component's
 * monthly cost rounded to the cent, summed over the design: {@link Point#costCents()}), the RPO and RTO in whole
 * seconds, where anything from {@link #UNBOUNDED_SECONDS} on counts as unbounded. The RPO and RTO are the worst over
 * every scenario, or those under {@link #scenario()} when one was asked for.
 *
 * @param journey  the journey (of the design the frontier was asked for)
 * @param scenario the scenario whose RPO and RTO are traded, or null for the worst over all scenarios
 * @param points   the frontier, cheapest first (then the best RPO, then the best RTO); empty when {@code cyclic}
 * @param current  the design as it is (its name {@link Variant#BASELINE})
 * @param variants each of the design's variants applied to it, in the design's order
 * @param cyclic   whether the journey needs a component in a cycle of hard dependencies: it then has no recovery
 *                 order, no setting changes that, and there is no frontier
 * @param proven   whether the frontier is complete; false when the search stopped at its time limit: every point
 *                 listed is then still Pareto-optimal, but some may be missing (and a design may be marked as
 *                 neither on the frontier nor dominated only because the point that dominates it was not reached)
 */
public record Frontier(Journey journey, Scenario scenario, List<Point> points, Design current, List<Design> variants,
                       boolean cyclic, boolean proven) {

    /** Seconds from which an RPO or RTO counts as unbounded (about three years). */
    public static final long UNBOUNDED_SECONDS = Problem.CAP;

    public Frontier {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(current, "current");
        points = List.copyOf(points);
        variants = List.copyOf(variants);
    }

    /**
     * One Pareto-optimal configuration. Among the configurations with the same cost, RPO and RTO it is one with the
     * fewest changes. Its numbers come from the engine: the option applied to a copy of the design and analysed
     * again.
     *
     * @param option    the changes and the journey's numbers with them (its {@link Option#kinds()} are empty)
     * @param costCents the design's monthly cost with the changes, in whole cents as the frontier compares them
     * @param rpo       the journey's RPO with the changes: the worst over the scenarios, or under the one asked for
     * @param rto       the journey's RTO likewise
     */
    public record Point(Option option, long costCents, TimeBound rpo, TimeBound rto) {

        public Point {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(rpo, "rpo");
            Objects.requireNonNull(rto, "rto");
        }

        /** The setting changes, one per component changed (none for the design as it is). */
        public List<Change> changes() {
            return option.changes();
        }

        /** The design's monthly cost with the changes ({@link dev.lifeboat.engine.cost.Costs#of}). */
        public double monthlyCost() {
            return option.monthlyCost();
        }

        /** The monthly cost with the changes minus today's. */
        public double costDifference() {
            return option.costDifference();
        }

        /** The journey's numbers with the changes, per scenario, with its objectives. */
        public List<Reached> reached() {
            return option.reached();
        }

        /** A copy of the topology (with its variants) with the changes applied: what an edit or a variant sets. */
        public Topology applyTo(Topology topology) {
            return option.applyTo(topology);
        }

        /** Whether this point is at least as good as the other on all three measures and better on one. */
        public boolean dominates(long otherCents, TimeBound otherRpo, TimeBound otherRto) {
            long r = capped(rpo);
            long t = capped(rto);
            long or = capped(otherRpo);
            long ot = capped(otherRto);
            return costCents <= otherCents && r <= or && t <= ot
                    && (costCents < otherCents || r < or || t < ot);
        }

        /** Whether this point has exactly these measures. */
        public boolean sameAs(long otherCents, TimeBound otherRpo, TimeBound otherRto) {
            return costCents == otherCents && capped(rpo) == capped(otherRpo) && capped(rto) == capped(otherRto);
        }
    }

    /**
     * The design as it is, or one of its variants, placed against the frontier. The design as it is is one of the
     * configurations the frontier ranges over, so it is either on it or dominated; a variant may change settings
     * outside the menus (or components the journey does not need) and can then be neither.
     *
     * @param name        {@link Variant#BASELINE} or the variant's name
     * @param costCents   its monthly cost in whole cents, as the frontier compares them
     * @param monthlyCost its monthly cost ({@link dev.lifeboat.engine.cost.Costs#of})
     * @param rpo         the journey's RPO in it (worst over the scenarios, or under the one asked for)
     * @param rto         the journey's RTO likewise
     * @param reached     the journey's numbers in it, per scenario
     * @param onFrontier  whether a frontier point has exactly its cost, RPO and RTO
     * @param dominatedBy the cheapest frontier point that dominates it, or null when none does
     */
    public record Design(String name, long costCents, double monthlyCost, TimeBound rpo, TimeBound rto,
                         List<Reached> reached, boolean onFrontier, Point dominatedBy) {

        public Design {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rpo, "rpo");
            Objects.requireNonNull(rto, "rto");
            reached = List.copyOf(reached);
        }

        /** Whether some frontier point is at least as good on all three measures and better on one. */
        public boolean dominated() {
            return dominatedBy != null;
        }
    }

    /** The frontier point with exactly these measures, if any. */
    public Optional<Point> pointAt(long costCents, TimeBound rpo, TimeBound rto) {
        return points.stream().filter(p -> p.sameAs(costCents, rpo, rto)).findFirst();
    }

    /** Whether the measure counts as unbounded. */
    public static boolean isUnbounded(TimeBound t) {
        return capped(t) >= UNBOUNDED_SECONDS;
    }

    static long capped(TimeBound t) {
        return Problem.capped(t);
    }
}
