package dev.lifeboat.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user journey ("place order"): entry components, and the RPO and RTO objectives a person set for it:
 * a default pair, and pairs for particular failures (by scenario id, such as {@code zone-loss}), each
 * number of which replaces the default's under that failure. A missing objective is {@code null}.
 * Changed only through its {@link Topology}.
 */
public final class Journey {

    private final String id;
    private String name;
    private List<Component> entries;
    private TimeBound rpoObjective;
    private TimeBound rtoObjective;
    private final Map<String, Objectives> perScenario = new LinkedHashMap<>();

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

    /** The objectives set for particular failures, by scenario id, in the order they were set. */
    public Map<String, Objectives> scenarioObjectives() {
        return Collections.unmodifiableMap(perScenario);
    }

    /** The RPO objective in force under the failure with this scenario id: its own, else the default. */
    public TimeBound rpoObjective(String scenarioId) {
        Objectives own = perScenario.get(scenarioId);
        return own != null && own.rpo() != null ? own.rpo() : rpoObjective;
    }

    /** The RTO objective in force under the failure with this scenario id: its own, else the default. */
    public TimeBound rtoObjective(String scenarioId) {
        Objectives own = perScenario.get(scenarioId);
        return own != null && own.rto() != null ? own.rto() : rtoObjective;
    }

    void setScenarioObjectives(Map<String, Objectives> objectives) {
        perScenario.clear();
        objectives.forEach((id, o) -> {
            if (!o.isEmpty()) {
                perScenario.put(id, o);
            }
        });
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
