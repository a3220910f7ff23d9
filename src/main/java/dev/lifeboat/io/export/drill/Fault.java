package dev.lifeboat.io.export.drill;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.InputText;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fault a drill injects on a staging copy to play a failure scenario, one per scenario. Its id is what the
 * results file's {@code fault} column holds.
 */
public enum Fault {
    STOP_PROCESS("stop-process", "stop the process"),
    KILL_NODE("kill-node", "kill the node with its disk"),
    BLOCK_ZONE("block-zone", "block its zone with a network policy"),
    BLOCK_REGION("block-region", "block its region with a network policy"),
    CORRUPT_AND_RECOVER("corrupt-and-recover", "corrupt data and recover to a point in time");

    private final String id;
    private final String label;

    Fault(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id in the results file, e.g. {@code kill-node}. */
    public String id() {
        return id;
    }

    /** What is done, for a person: "kill the node with its disk". */
    public String label() {
        return label;
    }

    /** The fault that plays this scenario. */
    public static Fault of(Scenario scenario) {
        // a switch expression: a new scenario does not compile until it says how a drill plays it
        return switch (scenario) {
            case PROCESS_CRASH -> STOP_PROCESS;
            case NODE_LOSS -> KILL_NODE;
            case ZONE_LOSS -> BLOCK_ZONE;
            case REGION_LOSS -> BLOCK_REGION;
            case LOGICAL_CORRUPTION -> CORRUPT_AND_RECOVER;
        };
    }

    /** The fault with this id, ASCII letters in any case. */
    public static Optional<Fault> byId(String text) {
        return Arrays.stream(values()).filter(f -> InputText.equalsIgnoreCase(f.id, text == null ? null
                : text.trim())).findFirst();
    }

    /** Every id, for messages: "stop-process, kill-node, ...". */
    static String ids() {
        return Arrays.stream(values()).map(Fault::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
