package dev.lifeboat.model;

/**
 * One change of a {@link Topology}.
 *
 * @param type    what changed
 * @param subject the component, dependency, journey, place or {@link VariantChange} concerned
 * @param key     for {@link Type#SETTING_CHANGED} and a variant's setting change, the setting key; otherwise null
 */
public record TopologyEvent(Type type, Object subject, String key) {

    /** The kinds of change. */
    public enum Type {
        COMPONENT_ADDED, COMPONENT_REMOVED, COMPONENT_RENAMED, COMPONENT_MOVED, COMPONENT_PLACED, SETTING_CHANGED,
        DEPENDENCY_ADDED, DEPENDENCY_REMOVED, DEPENDENCY_CHANGED,
        JOURNEY_ADDED, JOURNEY_REMOVED, JOURNEY_CHANGED,
        PLACE_ADDED, PLACE_REMOVED,
        /** A zone's or region's name or region changed (or it was updated to what it was). */
        PLACE_CHANGED,
        /** A zone's or region's bounds changed: the drawing only, like {@link #COMPONENT_MOVED}. */
        PLACE_MOVED,
        /** An assumption of the whole design changed (the subject is the topology): every store may change. */
        ASSUMPTIONS_CHANGED,
        /** A variant was added, removed, renamed, or one of its setting changes made or undone. */
        VARIANT_CHANGED,
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

    /**
     * What a {@link Type#VARIANT_CHANGED} is about.
     *
     * @param before      the variant before the change, or null when it was added
     * @param after       the variant after the change, or null when it was removed
     * @param componentId for a change of one of its settings, the component's id; otherwise null
     */
    public record VariantChange(Variant before, Variant after, String componentId) {
    }
}
