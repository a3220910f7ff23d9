package dev.lifeboat.engine.cost;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a whole design costs a month: every component's {@link CostModel#estimate}, summed. */
public final class Costs {

    private Costs() {
    }

    /** The design's monthly cost at its own prices. */
    public static DesignCost of(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        return of(topology, topology.prices());
    }

    /** The design's monthly cost at the given prices. */
    public static DesignCost of(Topology topology, Prices prices) {
        Objects.requireNonNull(topology, "topology");
        Map<Component, ComponentCost> per = new LinkedHashMap<>();
        double total = 0;
        for (Component c : topology.components()) {
            ComponentCost cost = CostModel.estimate(c, prices);
            per.put(c, cost);
            total += cost.total();
        }
        return new DesignCost(total, per, prices);
    }

    /** The design's monthly total at its own prices, without the words of each line (for comparisons). */
    public static double total(Topology topology) {
        double total = 0;
        for (Component c : topology.components()) {
            total += CostModel.total(c, topology.prices());
        }
        return total;
    }
}
