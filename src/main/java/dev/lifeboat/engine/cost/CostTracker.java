package dev.lifeboat.engine.cost;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A design's cost kept up to date as it is edited: a setting change recomputes that component only, a component
 * added or removed adds or drops its cost, a change of prices recomputes them all, a change of zones the Raft stores
 * whose members name zones. Listeners hear after each change that may have changed a cost. Like the topology, not
 * thread-safe: use it from the thread that edits.
 */
public final class CostTracker implements TopologyListener, AutoCloseable {

    private final Topology topology;
    /** Each component's total ({@link CostModel#total}: the words of its lines are made only when asked for). */
    private final Map<Component, Double> costs = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Starts tracking the topology's cost (computes it once now). */
    public CostTracker(Topology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
        recomputeAll();
        topology.addListener(this);
    }

    /** The design's monthly cost now. */
    public double total() {
        double total = 0;
        for (double c : costs.values()) {
            total += c;
        }
        return total;
    }

    /** A component's monthly cost now. */
    public double total(Component c) {
        Double cost = costs.get(c);
        if (cost == null) {
            throw new IllegalArgumentException("not a component of this design: " + c);
        }
        return cost;
    }

    /** The design's total as people read it: {@code ≈ $12,340/month}. */
    public String describe() {
        return "\u2248 " + topology.prices().formatWhole(total()) + "/month";
    }

    /** Runs after every change that may have changed a cost. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void topologyChanged(TopologyEvent e) {
        switch (e.type()) {
            case SETTING_CHANGED, COMPONENT_ADDED -> costs.put((Component) e.subject(),
                    CostModel.total((Component) e.subject()));
            case COMPONENT_REMOVED -> costs.remove((Component) e.subject());
            case PRICES_CHANGED -> recomputeAll();
            case PLACE_ADDED, PLACE_REMOVED, PLACE_CHANGED -> {
                for (Component c : topology.components()) {
                    if (c.kind().zoneList() != null) {
                        costs.put(c, CostModel.total(c));
                    }
                }
            }
            default -> {
                return;
            }
        }
        listeners.forEach(Runnable::run);
    }

    private void recomputeAll() {
        costs.clear();
        for (Component c : topology.components()) {
            costs.put(c, CostModel.total(c));
        }
    }

    /** Stops listening to the topology. */
    @Override
    public void close() {
        topology.removeListener(this);
    }
}
