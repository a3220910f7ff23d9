package dev.lifeboat.model;

/**
 * An RPO and an RTO objective, either of which may be absent (null). A journey has a default pair and,
 * for some failures, a pair of their own (as AWS Resilience Hub policies do per disruption type: RTO 5
 * minutes for a node, 4 hours for a region).
 */
public record Objectives(TimeBound rpo, TimeBound rto) {

    /** No objective at all. */
    public static final Objectives NONE = new Objectives(null, null);

    /** Whether neither objective is set. */
    public boolean isEmpty() {
        return rpo == null && rto == null;
    }
}
