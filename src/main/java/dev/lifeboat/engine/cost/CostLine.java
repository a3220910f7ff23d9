package dev.lifeboat.engine.cost;

import java.util.Objects;

/**
 * One part of a component's monthly cost: what it pays for, how much, and how that amount was found, in words a
 * person can check ("3 instances x $70.08 (EC2 m6i.large ...)").
 *
 * @param what   what is paid for, e.g. {@code Instances}, {@code Backups}, {@code Replication transfer}
 * @param amount the amount a month, in the design's currency
 * @param basis  the computation with its unit prices and where they come from, including what it assumes
 */
public record CostLine(String what, double amount, String basis) {

    public CostLine {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(basis, "basis");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("a cost line's amount must be a finite number of at least 0: " + amount);
        }
    }
}
