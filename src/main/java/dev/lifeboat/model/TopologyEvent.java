package dev.lifeboat.model;

/**
 * One change of a {@link Topology}.
 *
 * @param type    what changed
 * @param subject the component, dependency, journey or place concerned
 * @param key     for {@link Type#SETTING_CHANGED}, the setting key; otherwise null
 */
public record TopologyEvent(Type type, Object subject, String key) {

    /** The kinds of change. */
    public enum Type {
        COMPONENT_ADDED, COMPONENT_REMOVED, COMPONENT_RENAMED, COMPONENT_MOVED, COMPONENT_PLACED, SETTING_CHANGED,
        DEPENDENCY_ADDED, DEPENDENCY_REMOVED, DEPENDENCY_CHANGED,
        JOURNEY_ADDED, JOURNEY_REMOVED, JOURNEY_CHANGED,
        PLACE_ADDED, PLACE_REMOVED, PLACE_CHANGED,
        /** An assumption of the whole design changed (the subject is the topology): every store may change. */
        ASSUMPTIONS_CHANGED,
        /** The design's unit prices changed (the subject is the topology): costs change, RPO and RTO do not. */
        PRICES_CHANGED;

        /** Whether the change can alter the dependency graph or where things are, not just one component. */
        public boolean structural() {
            switch (this) {
                case COMPONENT_ADDED: case COMPONENT_REMOVED: case COMPONENT_PLACED:
                case DEPENDENCY_ADDED: case DEPENDENCY_REMOVED: case DEPENDENCY_CHANGED:
                case PLACE_ADDED: case PLACE_REMOVED: case PLACE_CHANGED:
                    return true;
                default:
                    return false;
            }
        }
    }
}
