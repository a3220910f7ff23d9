package dev.lifeboat.engine.cost;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison of variants says besides RPO and RTO: each design's monthly cost (the cost model's total,
 * without the words of its lines) and what a component's settings cost in write latency.
 */
public final class CostFacts implements Comparison.Facts {

    /** The one instance: it keeps no state. */
    public static final CostFacts INSTANCE = new CostFacts();

    private CostFacts() {
    }

    @Override
    public Double monthlyCost(Topology topology) {
        double total = 0;
        for (Component c : topology.components()) {
            total += CostModel.total(c, topology.prices());
        }
        return total;
    }

    @Override
    public List<String> performanceNotes(Component component) {
        List<String> out = new ArrayList<>();
        for (PerformanceNote n : PerformanceNotes.of(component)) {
            out.add(n.text());
        }
        return out;
    }
}
