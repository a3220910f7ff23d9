package dev.lifeboat.model;

/** Told about every change of a {@link Topology}, after it happened. */
@FunctionalInterface
public interface TopologyListener {
    void topologyChanged(TopologyEvent event);
}
