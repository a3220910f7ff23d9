package dev.lifeboat.engine.cost;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import java.util.LinkedHashMap;
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
    private final Map<Component, ComponentCost> costs = new LinkedHashMap<>();
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
        for (ComponentCost c : costs.values()) {
            total += c.total();
        }
        return total;
    }

    /** A component's monthly cost now. */
    public ComponentCost cost(Component c) {
        ComponentCost cost = costs.get(c);
        if (cost == null) {
            throw new IllegalArgumentException("not a component of this design: " + c);
        }
        return cost;
    }

    /** The whole design's cost now, in the topology's order. */
    public DesignCost snapshot() {
        Map<Component, ComponentCost> ordered = new LinkedHashMap<>();
        for (Component c : topology.components()) {
            ordered.put(c, costs.get(c));
        }
        return new DesignCost(total(), ordered, topology.prices());
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
                    CostModel.estimate((Component) e.subject()));
            case COMPONENT_REMOVED -> costs.remove((Component) e.subject());
            case PRICES_CHANGED -> recomputeAll();
            case PLACE_ADDED, PLACE_REMOVED, PLACE_CHANGED -> {
                for (Component c : topology.components()) {
                    if (c.kind().zoneList() != null) {
                        costs.put(c, CostModel.estimate(c));
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
            costs.put(c, CostModel.estimate(c));
        }
    }

    /** Stops listening to the topology. */
    @Override
    public void close() {
        topology.removeListener(this);
    }
}
