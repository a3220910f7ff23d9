package dev.lifeboat.model;

/**
 * The rules for text read from input (files, the command line, the inspector): how long a value may be
 * and how words are matched.
 *
 * <p>Matching is exact or case-insensitive in ASCII only. Java's {@code equalsIgnoreCase} and
 * {@code toLowerCase} also fold look-alike letters (the Kelvin sign {@code U+212A} folds to {@code k},
 * the long s {@code U+017F} to {@code s}), so that {@code "\u212Aafka"} would be a Kafka; here only
 * {@code A-Z} and {@code a-z} are folded. Every documented spelling is ASCII.
 *
 * <p>The limits keep every parse linear and every message short: a value longer than its limit is
 * refused with a message that says so, before it is parsed, compared or suggested against. They are
 * stated in {@code docs/file-format.md}.
 */
public final class InputText {

    /** The longest id of a component, place or journey. */
    public static final int MAX_ID = 128;

    /** The longest name (of the system, a component, a place, a journey, a service) or other free text. */
    public static final int MAX_NAME = 200;

    /**
     * The longest word: a kind, a choice, a strength, a key, a duration, a number written as text. Every
     * word Lifeboat knows is far shorter.
     */
    public static final int MAX_WORD = 64;

    private InputText() {
    }

    /** Whether the text equals the expected word, ignoring the case of ASCII letters only. */
    public static boolean equalsIgnoreCase(String text, String expected) {
        if (text == null || expected == null || text.length() != expected.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (lower(text.charAt(i)) != lower(expected.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text ends with the expected suffix, ignoring the case of ASCII letters only. */
    public static boolean endsWithIgnoreCase(String text, String suffix) {
        if (text.length() < suffix.length()) {
            return false;
        }
        return equalsIgnoreCase(text.substring(text.length() - suffix.length()), suffix);
    }

    /** The text with ASCII capitals made small; every other character, look-alikes included, kept as is. */
    public static String lower(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, lower(c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether the character is an ASCII digit {@code 0-9} (not another script's digit). */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the character is an ASCII letter. */
    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Refuses text longer than {@code limit} with a message that says what it is and how long it may be.
     *
     * @param what what the text is, e.g. "a duration"
     * @return the text
     * @throws IllegalArgumentException when it is longer
     */
    public static String requireLength(String text, int limit, String what) {
        if (text != null && text.length() > limit) {
            throw new IllegalArgumentException(tooLong(text, limit, what));
        }
        return text;
    }

    /** The message for text longer than {@code limit}: "'…' is too long for a duration (at most 64 characters)". */
    public static String tooLong(String text, int limit, String what) {
        return "'" + Printable.echo(text) + "' is too long for " + what + " (at most " + limit + " characters)";
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
