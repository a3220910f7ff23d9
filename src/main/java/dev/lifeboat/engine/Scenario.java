package dev.lifeboat.engine;

import java.util.Locale;
import java.util.Optional;

/** The failures Lifeboat evaluates every component and journey under (see docs: domain). */
public enum Scenario {
    PROCESS_CRASH("process-crash", "Process crash", "The process dies and restarts on the same host; its disk survives."),
    NODE_LOSS("node-loss", "Node loss", "One host or instance is gone together with its local disk."),
    ZONE_LOSS("zone-loss", "Zone loss", "One availability zone is gone, with everything placed only there."),
    REGION_LOSS("region-loss", "Region loss", "A whole region is gone."),
    LOGICAL_CORRUPTION("logical-corruption", "Logical corruption",
            "A bad write, DROP, bug or ransomware; it replicates to every replica.");

    private final String id;
    private final String label;
    private final String description;

    Scenario(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    /** The id used in files and on the command line, e.g. {@code zone-loss}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The scenario with this id (or name, or label), case-insensitive. */
    public static Optional<Scenario> byId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Scenario s : values()) {
            if (s.id.equals(t) || s.label.toLowerCase(Locale.ROOT).equals(t.replace('-', ' '))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
