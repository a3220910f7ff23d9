package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import java.util.List;

/**
 * RPO/RTO analysis of a topology under every {@link Scenario}, kept up to date as the topology changes.
 *
 * <p>Results are computed lazily: a query, or {@link #update()}, recomputes what the changes since the
 * last update can have altered, and then tells the listeners what was recomputed.
 */
public interface Analysis {

    /** Brings results up to date with the topology; does nothing when nothing changed. */
    void update();

    /** The component's own RPO/RTO when the scenario hits it. */
    ComponentAssessment assessment(Component component, Scenario scenario);

    /** The journey's RPO/RTO under the scenario, against its objectives. */
    JourneyAssessment journey(Journey journey, Scenario scenario);

    /** The recovery order under the scenario. */
    RecoveryPlan plan(Scenario scenario);

    /** The groups of components whose hard dependencies form a cycle. */
    List<List<Component>> cycles();

    /**
     * The 1-based recovery wave of a component under the scenario, or 0 when the scenario leaves it with
     * nothing to do.
     */
    int wave(Component component, Scenario scenario);

    void addListener(AnalysisListener listener);

    void removeListener(AnalysisListener listener);
}
