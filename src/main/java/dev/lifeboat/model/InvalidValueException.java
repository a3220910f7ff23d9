package dev.lifeboat.model;

/**
 * A value a setting refuses; the message is written for the person who typed it.
 *
 * <p>The message usually echoes the refused value, which may come from a file anyone wrote: it is kept
 * printable ({@link Printable}), with control and bidi characters escaped and an over-long message cut, so
 * that every place that shows it (a terminal, a field's error line, a load error) shows one safe line.
 */
public class InvalidValueException extends IllegalArgumentException {

    /** How long the message may grow: a sentence with a few echoed values. */
    private static final int MESSAGE_LIMIT = 4 * Printable.ECHO_LIMIT;

    private final String key;

    /**
     * @param key     the setting or model field that refuses the value
     * @param message why, for a person; made printable here
     */
    public InvalidValueException(String key, String message) {
        super(Printable.echo(message, MESSAGE_LIMIT));
        this.key = key;
    }

    /** The key of the setting (or model field) that refused the value. */
    public String key() {
        return key;
    }
}
