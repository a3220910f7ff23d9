package dev.lifeboat.engine;

import java.util.Locale;
import java.util.Optional;

/** The failures Lifeboat evaluates every component and journey under (see docs: domain). */
public enum Scenario {
    PROCESS_CRASH("process-crash", "Process crash", "The process dies and restarts on the same host; its disk survives.",
            Reach.EVERYTHING),
    NODE_LOSS("node-loss", "Node loss", "One host or instance is gone together with its local disk.",
            Reach.EVERYTHING),
    ZONE_LOSS("zone-loss", "Zone loss", "One availability zone is gone, with everything placed only there.",
            Reach.ONE_ZONE),
    REGION_LOSS("region-loss", "Region loss", "A whole region is gone.", Reach.ONE_REGION),
    LOGICAL_CORRUPTION("logical-corruption", "Logical corruption",
            "A bad write, DROP, bug or ransomware; it replicates to every replica.", Reach.EVERYTHING);

    /**
     * Which components one occurrence of a scenario can hit. A scenario whose reach is a place is
     * evaluated once per place (each zone, each region), and the worst one counts.
     */
    public enum Reach {
        /** Every component at once (each in its own way: a crash, a lost host, a bad write). */
        EVERYTHING,
        /** The components in one zone, and those placed in no zone (assumed to be in the lost one). */
        ONE_ZONE,
        /** The components in one region, and those placed in no region. */
        ONE_REGION
    }

    private final String id;
    private final String label;
    private final String description;
    private final Reach reach;

    Scenario(String id, String label, String description, Reach reach) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.reach = reach;
    }

    /** Which components one occurrence of this scenario can hit. */
    public Reach reach() {
        return reach;
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
