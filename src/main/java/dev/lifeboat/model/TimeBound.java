package dev.lifeboat.model;

import java.util.Objects;

/**
 * A non-negative amount of time that may be unbounded.
 *
 * <p>Lifeboat uses it for RPO and RTO estimates and objectives. {@link #UNBOUNDED} means "no bound
 * exists": no recovery point at all (RPO), or no way to recover (RTO). It is never encoded as a magic
 * negative number. Unbounded compares greater than every finite value.
 */
public final class TimeBound implements Comparable<TimeBound> {

    /** No time at all: nothing acknowledged is lost, or nothing to wait for. */
    public static final TimeBound ZERO = new TimeBound(0);

    /** No bound: no recovery point or no recovery exists. */
    public static final TimeBound UNBOUNDED = new TimeBound(Long.MAX_VALUE);

    private final long seconds;

    private TimeBound(long seconds) {
        this.seconds = seconds;
    }

    /** A finite bound of the given number of seconds (at least 0). */
    public static TimeBound ofSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + seconds + " s");
        }
        if (seconds == 0) {
            return ZERO;
        }
        if (seconds >= Long.MAX_VALUE / 4) {
            return UNBOUNDED;
        }
        return new TimeBound(seconds);
    }

    public static TimeBound ofMinutes(long minutes) {
        return ofSeconds(Math.multiplyExact(minutes, 60));
    }

    public static TimeBound ofHours(long hours) {
        return ofSeconds(Math.multiplyExact(hours, 3600));
    }

    /** A finite bound from a (possibly fractional) number of seconds, rounded up to a whole second. */
    public static TimeBound ofSecondsCeil(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) {
            throw new IllegalArgumentException("a duration cannot be negative or undefined: " + seconds);
        }
        if (Double.isInfinite(seconds) || seconds >= Long.MAX_VALUE / 4.0) {
            return UNBOUNDED;
        }
        return ofSeconds((long) Math.ceil(seconds));
    }

    public boolean isUnbounded() {
        return this == UNBOUNDED || seconds == Long.MAX_VALUE;
    }

    public boolean isZero() {
        return seconds == 0;
    }

    /**
     * The number of seconds.
     *
     * @throws IllegalStateException when unbounded: callers must check {@link #isUnbounded()} first
     */
    public long seconds() {
        if (isUnbounded()) {
            throw new IllegalStateException("an unbounded duration has no number of seconds");
        }
        return seconds;
    }

    /** The sum; unbounded when either side is. */
    public TimeBound plus(TimeBound other) {
        Objects.requireNonNull(other, "other");
        if (isUnbounded() || other.isUnbounded()) {
            return UNBOUNDED;
        }
        return ofSeconds(seconds + other.seconds);
    }

    public TimeBound max(TimeBound other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public TimeBound min(TimeBound other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** True when this estimate is within (less than or equal to) the objective. */
    public boolean meets(TimeBound objective) {
        return compareTo(objective) <= 0;
    }

    @Override
    public int compareTo(TimeBound o) {
        return Long.compare(seconds, o.seconds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeBound t && t.seconds == seconds;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seconds);
    }

    /** A short human form such as {@code 1h30m}, {@code 45s}, {@code 0s} or {@code unbounded}. */
    @Override
    public String toString() {
        return isUnbounded() ? "unbounded" : Durations.format(seconds);
    }
}
