package dev.lifeboat.engine.cost;

import java.util.Objects;

/**
 * One part of a component's monthly cost: what it pays for, how much, and how that amount was found, in words a
 * person can check ("3 instances x $70.08 (EC2 m6i.large ...)").
 *
 * @param what   what is paid for, e.g. {@code Instances}, {@code Backups}, {@code Replication transfer}
 * @param amount the amount a month, in the design's currency
 * @param basis  the computation with its unit prices and where they come from, including what it assumes
 * @param part   which part of the cost it belongs to, for summaries that group lines
 */
public record CostLine(String what, double amount, String basis, Part part) {

    /** The parts a cost is made of; every line belongs to one. */
    public enum Part {
        /** Instances, nodes, brokers, members: replicas and standbys included. */
        INSTANCES("Instances"),
        /** Disks of the instances, and objects kept in object storage. */
        STORAGE("Storage"),
        /** Backups and their copies, and sending them to another region. */
        BACKUPS("Backups"),
        /** Archived logs (continuous archiving) and their copies. */
        ARCHIVE("Archived logs"),
        /** Data sent to replicas and mirrors in other zones or regions. */
        TRANSFER("Replication transfer"),
        /** What the user says something Lifeboat cannot price costs. */
        STATED("Stated cost");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CostLine {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(part, "part");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("a cost line's amount must be a finite number of at least 0: " + amount);
        }
    }
}
