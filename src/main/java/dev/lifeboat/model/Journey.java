package dev.lifeboat.model;

import java.util.List;

/**
 * A user journey ("place order"): entry components, and the RPO and RTO objectives a person set for it.
 * A missing objective is {@code null}. Changed only through its {@link Topology}.
 */
public final class Journey {

    private final String id;
    private String name;
    private List<Component> entries;
    private TimeBound rpoObjective;
    private TimeBound rtoObjective;

    Journey(String id, String name, List<Component> entries, TimeBound rpoObjective, TimeBound rtoObjective) {
        this.id = id;
        this.name = name;
        this.entries = List.copyOf(entries);
        this.rpoObjective = rpoObjective;
        this.rtoObjective = rtoObjective;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The components the journey starts at. */
    public List<Component> entries() {
        return entries;
    }

    /** The RPO objective, or null when none is set. */
    public TimeBound rpoObjective() {
        return rpoObjective;
    }

    /** The RTO objective, or null when none is set. */
    public TimeBound rtoObjective() {
        return rtoObjective;
    }

    void setName(String name) {
        this.name = name;
    }

    void setEntries(List<Component> entries) {
        this.entries = List.copyOf(entries);
    }

    void setRpoObjective(TimeBound rpoObjective) {
        this.rpoObjective = rpoObjective;
    }

    void setRtoObjective(TimeBound rtoObjective) {
        this.rtoObjective = rtoObjective;
    }

    @Override
    public String toString() {
        return name;
    }
}
