package dev.lifeboat.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats durations written the way architects type them: {@code 90s}, {@code 15m},
 * {@code 1h}, {@code 1h30m}, {@code 2d}, {@code 1.5h}, or a plain number of seconds.
 */
public final class Durations {

    /** The longest duration Lifeboat accepts anywhere: ten years. Longer values are absurd input. */
    public static final long MAX_SECONDS = 10L * 366 * 24 * 3600;

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|secs|second|seconds|m|min|mins"
            + "|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)");

    private Durations() {
    }

    /**
     * Parses a duration into whole seconds (rounded up).
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a duration,
     *                                  is negative, or is longer than {@link #MAX_SECONDS}
     */
    public static long parseSeconds(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is required, e.g. 15m, 1h or 90s");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("a duration cannot be negative: '" + text.trim() + "'");
        }
        double total;
        if (t.matches("\\d+(\\.\\d+)?")) {
            total = Double.parseDouble(t);
        } else {
            Matcher m = PART.matcher(t);
            int pos = 0;
            total = 0;
            while (pos < t.length()) {
                if (Character.isWhitespace(t.charAt(pos))) {
                    pos++;
                    continue;
                }
                if (!m.find(pos) || m.start() != pos) {
                    throw new IllegalArgumentException("'" + text.trim()
                            + "' is not a duration; write e.g. 90s, 15m, 1h, 1h30m or 2d");
                }
                total += Double.parseDouble(m.group(1)) * unitSeconds(m.group(2));
                pos = m.end();
            }
        }
        if (total > MAX_SECONDS) {
            throw new IllegalArgumentException("'" + text.trim() + "' is longer than ten years, which is not a "
                    + "plausible recovery duration");
        }
        return (long) Math.ceil(total);
    }

    /** Parses a duration, accepting "unbounded" (and "none", "infinite") as {@link TimeBound#UNBOUNDED}. */
    public static TimeBound parseBound(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("unbounded") || t.equals("infinite") || t.equals("none")) {
                return TimeBound.UNBOUNDED;
            }
        }
        return TimeBound.ofSeconds(parseSeconds(text));
    }

    /** Checks that a number of seconds is a plausible duration. */
    public static long checkSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + seconds + " s");
        }
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(seconds + " s is longer than ten years, which is not a plausible "
                    + "recovery duration");
        }
        return seconds;
    }

    private static double unitSeconds(String unit) {
        switch (unit) {
            case "ms":
                return 0.001;
            case "s": case "sec": case "secs": case "second": case "seconds":
                return 1;
            case "m": case "min": case "mins": case "minute": case "minutes":
                return 60;
            case "h": case "hr": case "hrs": case "hour": case "hours":
                return 3600;
            case "d": case "day": case "days":
                return 86400;
            case "w": case "week": case "weeks":
                return 7 * 86400;
            default:
                throw new IllegalArgumentException("unknown unit " + unit);
        }
    }

    /** Formats seconds compactly and parseably: {@code 0s}, {@code 45s}, {@code 15m}, {@code 1h30m}, {@code 2d}. */
    public static String format(long seconds) {
        StringBuilder sb = new StringBuilder(12);
        appendTo(sb, seconds);
        return sb.toString();
    }

    /**
     * Appends seconds as {@link #format(long)} writes them, without an intermediate string (the rules run in
     * the engine's hot path). From a day up, leftover seconds are not shown.
     */
    public static void appendTo(StringBuilder sb, long seconds) {
        if (seconds == 0) {
            sb.append("0s");
            return;
        }
        long d = seconds / 86400;
        long h = (seconds % 86400) / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        if (d > 0) {
            sb.append(d).append('d');
        }
        if (h > 0) {
            sb.append(h).append('h');
        }
        if (m > 0) {
            sb.append(m).append('m');
        }
        if (s > 0 && d == 0) {
            sb.append(s).append('s');
        }
    }
}
