package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import java.util.Set;

/**
 * What one update of the analysis recomputed.
 *
 * @param everything  true after a structural change (a component, dependency or place added or removed):
 *                    every result may differ
 * @param components  components whose own assessments were recomputed
 * @param journeys    journeys whose results were recomputed
 */
public record AnalysisChange(boolean everything, Set<Component> components, Set<Journey> journeys) {
    public AnalysisChange {
        components = Set.copyOf(components);
        journeys = Set.copyOf(journeys);
    }
}
