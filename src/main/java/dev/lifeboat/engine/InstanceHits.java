package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import java.util.List;
import java.util.Objects;

/**
 * One instance of a scenario (the loss of one zone, say) and the components it hits, as the analysis evaluates
 * it: which components an instance hits depends on placement only, never on durability settings (except a Raft
 * store's member zones).
 *
 * @param scenario the scenario
 * @param place    the lost zone or region for zone and region loss, otherwise null
 * @param hit      the components it hits, in the topology's order
 */
public record InstanceHits(Scenario scenario, String place, List<Component> hit) {

    public InstanceHits {
        Objects.requireNonNull(scenario, "scenario");
        hit = List.copyOf(hit);
    }
}
