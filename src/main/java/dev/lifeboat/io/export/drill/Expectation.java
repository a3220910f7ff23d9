package dev.lifeboat.io.export.drill;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import java.util.Objects;

/**
 * What the model expects of one drill (a fault on one component, for one journey), and the pass criteria: the
 * journey's objectives in force under the scenario.
 *
 * <p>The time until the journey works again: a fault that hits the whole system at once in the model (a
 * crash, a lost node, corruption) is injected into this one component alone, so the journey waits for it
 * only, and the estimate is the component's own RTO. Blocking a zone or a region takes down everything placed
 * there, so the estimate is the journey's RTO under that failure (the worst place's: never less than the
 * blocked place's). The data lost is the component's own RPO. A component whose data a source of truth
 * rebuilds (a cache) loses nothing the journey counts: its RPO has no pass criterion.
 *
 * @param rto          the estimated time until the journey works again
 * @param rpo          the component's estimated RPO
 * @param journeyWide  whether {@code rto} is the journey's (a blocked place) rather than the component's own
 * @param rebuildable  whether the component's data is rebuilt from a source of truth
 * @param action       what recovery of the component needs
 * @param rtoObjective the journey's RTO objective under the scenario, or null
 * @param rpoObjective the journey's RPO objective under the scenario, or null (and null for rebuildable data)
 * @param rtoAssumed   whether the estimated RTO rests on an assumption
 * @param rpoAssumed   whether the estimated RPO rests on an assumption
 */
public record Expectation(TimeBound rto, TimeBound rpo, boolean journeyWide, boolean rebuildable,
                          RecoveryAction action, TimeBound rtoObjective, TimeBound rpoObjective, boolean rtoAssumed,
                          boolean rpoAssumed) {

    public Expectation {
        Objects.requireNonNull(rto, "rto");
        Objects.requireNonNull(rpo, "rpo");
        Objects.requireNonNull(action, "action");
    }

    /** What the analysis expects when the scenario's fault is injected into {@code component}. */
    public static Expectation of(Analysis analysis, Journey journey, Scenario scenario, Component component) {
        ComponentAssessment own = analysis.assessment(component, scenario);
        boolean place = scenario.reach() != Scenario.Reach.EVERYTHING;
        TimeBound rto = own.rto();
        boolean rtoAssumed = own.rtoAssumed();
        if (place) {
            JourneyAssessment j = analysis.journey(journey, scenario);
            rto = j.rto().max(own.rto());
            rtoAssumed = j.rto().compareTo(own.rto()) >= 0 ? j.rtoAssumed() : own.rtoAssumed();
        }
        return new Expectation(rto, own.rpo(), place, own.rebuildable(), own.action(),
                journey.rtoObjective(scenario.id()), own.rebuildable() ? null : journey.rpoObjective(scenario.id()),
                rtoAssumed, own.rpoAssumed());
    }
}
