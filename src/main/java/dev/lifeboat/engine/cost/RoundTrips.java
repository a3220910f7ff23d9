package dev.lifeboat.engine.cost;

import dev.lifeboat.model.ReplicaPlacement;

/**
 * The network round trips and disk flushes that performance notes count in. No documentation gives them for a
 * design Lifeboat cannot measure: they are assumptions, said so wherever they are used, and typical of one cloud
 * region's zones and of SSDs. Measure yours ({@code ping} between your hosts, {@code pg_test_fsync}).
 */
public final class RoundTrips {

    /** Assumed round trip between two hosts in the same zone. */
    public static final double SAME_ZONE_MS = 0.5;
    /** Assumed round trip between two zones of one region. */
    public static final double OTHER_ZONE_MS = 1.5;
    /** Assumed round trip between two regions (for example us-east-1 and eu-west-1 are about 70 ms apart). */
    public static final double OTHER_REGION_MS = 70;
    /** Assumed time of one fsync of a log on an SSD. */
    public static final double FSYNC_MS = 1;

    private RoundTrips() {
    }

    /** The assumed round trip to a replica placed so. */
    public static double of(ReplicaPlacement placement) {
        return switch (placement) {
            case SAME_ZONE -> SAME_ZONE_MS;
            case OTHER_ZONE -> OTHER_ZONE_MS;
            case OTHER_REGION -> OTHER_REGION_MS;
        };
    }

    /** "in another zone", for notes. */
    static String where(ReplicaPlacement placement) {
        return switch (placement) {
            case SAME_ZONE -> "in the same zone";
            case OTHER_ZONE -> "in another zone";
            case OTHER_REGION -> "in another region";
        };
    }
}
