package dev.lifeboat.model;

/**
 * Makes text that came from input safe to show to a person: in a terminal, a message or a label.
 *
 * <p>Names and values come from files that anyone may have written. Shown raw, a control character can
 * move the cursor, ring the bell, colour or erase a terminal (ANSI escape sequences), a newline can forge
 * a whole line of a report, and a bidirectional override can reverse what a reader sees. This class
 * writes every such character as a visible escape ({@code \n}, {@code \t}, {@code \u001B}, ...) and cuts
 * an echoed value to a sensible length. JSON output needs none of this: its writer escapes.
 */
public final class Printable {

    /** How many characters of an echoed value are shown before it is cut. */
    public static final int ECHO_LIMIT = 80;

    private Printable() {
    }

    /** The text with every control, bidi and line-separator character escaped; null becomes "". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendEscaped(sb, text, 0, text.length());
        return sb.toString();
    }

    /**
     * An echoed value: escaped like {@link #of(String)} and cut after {@link #ECHO_LIMIT} characters,
     * with the length of the whole said, so that a message stays one readable line.
     */
    public static String echo(String text) {
        return echo(text, ECHO_LIMIT);
    }

    /** {@link #echo(String)} with another limit. */
    public static String echo(String text, int limit) {
        if (text == null) {
            return "";
        }
        if (text.length() <= limit) {
            return of(text);
        }
        int end = limit;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder(limit + 40);
        appendEscaped(sb, text, 0, end);
        return sb.append("… (").append(text.length()).append(" characters)").toString();
    }

    /** Whether the character must be escaped before a person sees it. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
                || c == 0x2028 || c == 0x2029 // line and paragraph separators
                || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
                || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // bidi isolates
                || c == 0xFEFF // zero width no-break space (byte order mark)
                || (c >= 0xD800 && c <= 0xDFFF); // an unpaired surrogate
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(Character.isSurrogate(c) && isPaired(text, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static void appendEscaped(StringBuilder sb, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c) || (Character.isSurrogate(c) && isPaired(text, i))) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04X", (int) c));
            }
        }
    }
}
