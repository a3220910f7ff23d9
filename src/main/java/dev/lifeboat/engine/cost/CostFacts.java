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
        return Costs.total(topology);
    }

    @Override
    public List<String> performanceNotes(Component component) {
        List<String> out = new ArrayList<>();
        for (PerformanceNote n : PerformanceNotes.of(component)) {
            out.add(brief(n));
        }
        return out;
    }

    /**
     * A note as short as a comparison wants it: "+1.5 ms per write (assumed): a sync replica in another zone
     * (group 1)"; the whole sentence is in the inspector and {@code analyze --explain}.
     */
    static String brief(PerformanceNote n) {
        String text = n.text();
        int colon = text.indexOf(':');
        String subject = colon > 0 ? text.substring(0, colon) : text;
        if (n.latencyMs() == null) {
            return subject;
        }
        double ms = n.latencyMs();
        String amount = ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(Math.round(ms * 10) / 10.0);
        return "+" + amount + " ms per write" + (n.assumed() ? " (assumed)" : "") + ": "
                + (subject.isEmpty() ? subject : Character.toLowerCase(subject.charAt(0)) + subject.substring(1));
    }
}
