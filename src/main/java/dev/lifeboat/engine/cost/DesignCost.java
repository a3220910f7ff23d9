package dev.lifeboat.engine.cost;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Prices;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a whole design costs a month: the total, each component's cost in the topology's order, and the prices it
 * was computed with (for its currency).
 *
 * @param total        the sum of the components' totals
 * @param perComponent each component's cost, in the topology's order
 * @param prices       the unit prices used
 */
public record DesignCost(double total, Map<Component, ComponentCost> perComponent, Prices prices) {

    public DesignCost {
        Objects.requireNonNull(prices, "prices");
        perComponent = Collections.unmodifiableMap(new LinkedHashMap<>(perComponent));
    }

    /** The total as people read it: {@code ≈ $12,340/month}. */
    public String describe() {
        return "\u2248 " + prices.formatWhole(total) + "/month";
    }
}
