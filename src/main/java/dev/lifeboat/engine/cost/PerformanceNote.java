package dev.lifeboat.engine.cost;

import java.util.Objects;

/**
 * What a setting costs in speed: a synchronous replica adds a round trip to every commit, {@code appendfsync always}
 * makes every write wait for a disk flush.
 *
 * @param setting   the key of the setting that has the cost, e.g. {@code replication_mode}
 * @param text      the cost in words, with its source or its assumption
 * @param latencyMs what it adds to each write, in milliseconds, or null where no number can be given
 * @param assumed   whether the number is an assumption ({@link RoundTrips}) rather than documented
 */
public record PerformanceNote(String setting, String text, Double latencyMs, boolean assumed) {

    public PerformanceNote {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(text, "text");
    }
}
