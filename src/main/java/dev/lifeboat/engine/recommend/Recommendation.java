package dev.lifeboat.engine.recommend;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the recommender found for one journey: whether it already meets its objectives, the options that make it
 * meet them all (the cheapest first), or, when nothing in the menus can, which objectives are out of reach and the
 * closest option.
 *
 * @param journey    the journey
 * @param status     the outcome
 * @param baseline   the journey's numbers today, per scenario
 * @param options    the options, cheapest first (empty unless {@link Status#FOUND})
 * @param outOfReach for {@link Status#OUT_OF_REACH}, each objective no combination meets, with the best reachable
 * @param closest    for {@link Status#OUT_OF_REACH}, the option that makes no journey measure worse than today and,
 *                   among those, misses the fewest objectives, then has the least total excess over them (an
 *                   unbounded miss counting as a large constant), then costs least; null when no change in the
 *                   menus brings the journey closer than it is today
 * @param baselineMonthlyCost the design's monthly cost today
 * @param proven     whether every optimum was proven (false when the search's time limit was hit: the options are
 *                   then the best found in time, and "out of reach" may not be final)
 */
public record Recommendation(Journey journey, Status status, List<Reached> baseline, List<Option> options,
                             List<Unreachable> outOfReach, Option closest, double baselineMonthlyCost,
                             boolean proven) {

    public Recommendation {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(status, "status");
        baseline = List.copyOf(baseline);
        options = List.copyOf(options);
        outOfReach = List.copyOf(outOfReach);
    }

    /** The outcome of a search. */
    public enum Status {
        /** The journey meets every objective already (or has none): nothing to change. */
        ALREADY_MET,
        /** Options that meet every objective were found. */
        FOUND,
        /** No combination of the menus' options meets every objective. */
        OUT_OF_REACH
    }

    /** Why an option is listed. */
    public enum Kind {
        CHEAPEST("cheapest"), FEWEST_CHANGES("fewest changes"), BEST_RTO("best RTO within 10% of the cheapest cost"),
        CLOSEST("closest");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One option: the changes, what the design then costs, and the journey's numbers then (computed by the engine
     * on the design with the changes applied).
     */
    public record Option(List<Kind> kinds, List<Change> changes, double monthlyCost, double costDifference,
                         List<Reached> reached) {

        public Option {
            kinds = List.copyOf(kinds);
            changes = List.copyOf(changes);
            reached = List.copyOf(reached);
        }

        /** The changes by component id, then setting key: what a variant or an edit sets. */
        public Map<String, Map<String, Object>> values() {
            Map<String, Map<String, Object>> out = new LinkedHashMap<>();
            for (Change c : changes) {
                out.put(c.component().id(), c.values());
            }
            return out;
        }

        /** A copy of the topology (with its variants) with this option applied. */
        public Topology applyTo(Topology topology) {
            Topology t = topology.copy(true);
            for (Change c : changes) {
                Component target = t.component(c.component().id()).orElseThrow(() ->
                        new IllegalArgumentException("the design has no component " + c.component().id()));
                c.values().forEach((key, value) -> t.set(target, key, value));
            }
            return t;
        }

        /** The worst journey RPO and RTO over the scenarios. */
        public TimeBound worstRpo() {
            return reached.stream().map(Reached::rpo).max(TimeBound::compareTo).orElse(TimeBound.ZERO);
        }

        public TimeBound worstRto() {
            return reached.stream().map(Reached::rto).max(TimeBound::compareTo).orElse(TimeBound.ZERO);
        }
    }

    /**
     * The settings one component changes to.
     *
     * @param component     the component (of the design the recommendation was made for)
     * @param option        the menu option's label
     * @param values        the settings that change, by key, with their new values
     * @param otherJourneys the other journeys that need this component, which the change affects too
     */
    public record Change(Component component, String option, Map<String, Object> values, List<Journey> otherJourneys) {
        public Change {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            otherJourneys = List.copyOf(otherJourneys);
        }
    }

    /** The journey's numbers under one scenario, with its objectives (null when none) and whether they are met. */
    public record Reached(Scenario scenario, TimeBound rpo, TimeBound rto, TimeBound rpoObjective,
                          TimeBound rtoObjective, Boolean meetsRpo, Boolean meetsRto) {
        /** The journey's numbers under every scenario, as the analysis gives them. */
        public static List<Reached> of(dev.lifeboat.engine.IncrementalAnalysis analysis, Journey journey) {
            List<Reached> out = new java.util.ArrayList<>();
            for (Scenario s : Scenario.values()) {
                dev.lifeboat.engine.JourneyAssessment ja = analysis.journey(journey, s);
                out.add(new Reached(s, ja.rpo(), ja.rto(), ja.rpoObjective(), ja.rtoObjective(), ja.meetsRpo(),
                        ja.meetsRto()));
            }
            return out;
        }

        /** Whether every objective set under this scenario is met. */
        public boolean meets() {
            return !Boolean.FALSE.equals(meetsRpo) && !Boolean.FALSE.equals(meetsRto);
        }
    }

    /**
     * An objective that no combination in the menus meets, and the best the menus reach for it (unbounded when
     * nothing bounds it; null when the journey has no recovery order). When one component alone rules the
     * objective out (none of its choices meets it on its own), {@code limitedBy} names it and {@code bestReachable}
     * is the best that component reaches: the journey can do no better.
     */
    public record Unreachable(Scenario scenario, String measure, TimeBound objective, TimeBound bestReachable,
                              Component limitedBy) {
    }
}
