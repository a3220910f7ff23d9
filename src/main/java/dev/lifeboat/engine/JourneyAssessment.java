package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import java.util.List;
import java.util.Objects;

/**
 * The RPO and RTO of a journey under one scenario.
 *
 * <p>For zone and region loss, the worst single zone or region is taken, and {@link #rpoPlace()} and
 * {@link #rtoPlace()} name it ("(unplaced)" when nothing is placed).
 *
 * @param rpo           the worst RPO among the components the journey needs through hard dependencies
 * @param rto           the longest recovery chain through those components
 * @param rpoBottleneck the component with the worst RPO, or null when no component loses data
 * @param criticalPath  the chain that gives the RTO, from the entry to the first component to recover;
 *                      empty when nothing needs recovery
 * @param meetsRpo      null when the journey has no RPO objective
 * @param meetsRto      null when the journey has no RTO objective
 * @param rpoPlace      for zone/region loss, the lost place that gives the RPO; otherwise null
 * @param rtoPlace      for zone/region loss, the lost place that gives the RTO; otherwise null
 * @param cyclic        whether the journey needs a component that is part of a dependency cycle
 * @param rpoAssumed    whether the RPO rests on an assumption (the bottleneck's RPO does)
 * @param rtoAssumed    whether the RTO rests on an assumption (a step of the critical path does)
 * @param rpoObjective  the RPO objective in force under this scenario (the journey's own for it, else its
 *                      default), or null
 * @param rtoObjective  the RTO objective in force under this scenario, or null
 */
public record JourneyAssessment(Journey journey, Scenario scenario, TimeBound rpo, TimeBound rto,
                                Component rpoBottleneck, List<Component> criticalPath, Boolean meetsRpo,
                                Boolean meetsRto, String rpoPlace, String rtoPlace, boolean cyclic,
                                boolean rpoAssumed, boolean rtoAssumed, TimeBound rpoObjective,
                                TimeBound rtoObjective) {

    public JourneyAssessment {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rpo, "rpo");
        Objects.requireNonNull(rto, "rto");
        // the engine's paths are unmodifiable and share their tails: keep them, copy any other list
        criticalPath = criticalPath instanceof ScenarioInstance.CriticalPath ? criticalPath
                : List.copyOf(criticalPath);
    }

    /** True unless an objective is set and missed. */
    public boolean meetsObjectives() {
        return !Boolean.FALSE.equals(meetsRpo) && !Boolean.FALSE.equals(meetsRto);
    }
}
