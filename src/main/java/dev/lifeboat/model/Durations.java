package dev.lifeboat.model;

/**
 * Parses and formats durations written the way architects type them: {@code 90s}, {@code 15m},
 * {@code 1h}, {@code 1h30m}, {@code 2d}, {@code 1.5h}, or a plain number of seconds.
 */
public final class Durations {

    /** The longest duration Lifeboat accepts anywhere: ten years. Longer values are absurd input. */
    public static final long MAX_SECONDS = 10L * 366 * 24 * 3600;

    private Durations() {
    }

    /**
     * Parses a duration into whole seconds (rounded up). Accepted, in ASCII only and ignoring case: a plain
     * number of seconds ({@code 90}, {@code 1.5}), or parts of a number and a unit ({@code 1h30m},
     * {@code 1 hour 30 minutes}) with the units ms, s, sec(s), second(s), m, min(s), minute(s), h, hr(s),
     * hour(s), d, day(s), w, week(s). Text longer than {@link InputText#MAX_WORD} is refused unread.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a duration,
     *                                  is negative, or is longer than {@link #MAX_SECONDS}
     */
    public static long parseSeconds(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a duration is required, e.g. 15m, 1h or 90s");
        }
        InputText.requireLength(text, InputText.MAX_WORD, "a duration");
        String t = text.trim();
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("a duration cannot be negative: '" + Printable.echo(t) + "'");
        }
        double total = scan(t);
        if (Double.isNaN(total)) {
            throw new IllegalArgumentException("'" + Printable.echo(t)
                    + "' is not a duration; write e.g. 90s, 15m, 1h, 1h30m or 2d");
        }
        if (total > MAX_SECONDS) {
            throw new IllegalArgumentException("'" + Printable.echo(t) + "' is longer than ten years, which is not a "
                    + "plausible recovery duration");
        }
        return (long) Math.ceil(total);
    }

    /**
     * The seconds in a trimmed duration, or NaN when it is not one. One pass from left to right, each character
     * looked at once: no backtracking.
     */
    private static double scan(String t) {
        int n = t.length();
        int pos = 0;
        double total = 0;
        boolean plain = true;
        while (pos < n) {
            int numberStart = pos;
            pos = skipDigits(t, pos);
            if (pos == numberStart) {
                return Double.NaN;
            }
            if (pos < n && t.charAt(pos) == '.') {
                int fraction = ++pos;
                pos = skipDigits(t, pos);
                if (pos == fraction) {
                    return Double.NaN;
                }
            }
            double number = Double.parseDouble(t.substring(numberStart, pos));
            pos = skipSpaces(t, pos);
            int unitStart = pos;
            while (pos < n && InputText.isLetter(t.charAt(pos))) {
                pos++;
            }
            if (pos == unitStart) {
                // a plain number of seconds, alone
                return plain && pos == n ? number : Double.NaN;
            }
            double unit = unitSeconds(InputText.lower(t.substring(unitStart, pos)));
            if (Double.isNaN(unit)) {
                return Double.NaN;
            }
            total += number * unit;
            plain = false;
            pos = skipSpaces(t, pos);
        }
        return total;
    }

    private static int skipDigits(String t, int pos) {
        while (pos < t.length() && InputText.isDigit(t.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int skipSpaces(String t, int pos) {
        while (pos < t.length() && (t.charAt(pos) == ' ' || t.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }

    /** Parses a duration, accepting "unbounded" (and "none", "infinite") as {@link TimeBound#UNBOUNDED}. */
    public static TimeBound parseBound(String text) {
        if (text != null) {
            String t = text.trim();
            if (InputText.equalsIgnoreCase(t, "unbounded") || InputText.equalsIgnoreCase(t, "infinite")
                    || InputText.equalsIgnoreCase(t, "none")) {
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

    /** The seconds in one unit word (already in small letters), or NaN for an unknown word. */
    private static double unitSeconds(String unit) {
        return switch (unit) {
            case "ms" -> 0.001;
            case "s", "sec", "secs", "second", "seconds" -> 1;
            case "m", "min", "mins", "minute", "minutes" -> 60;
            case "h", "hr", "hrs", "hour", "hours" -> 3600;
            case "d", "day", "days" -> 86400;
            case "w", "week", "weeks" -> 7 * 86400;
            default -> Double.NaN;
        };
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
