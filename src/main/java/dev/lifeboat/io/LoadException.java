package dev.lifeboat.io;

import dev.lifeboat.model.Printable;
import java.nio.file.Path;

/**
 * A file that cannot be loaded, with the reason written for the person who opened it: the file, where
 * in it (a JSON path such as {@code $.components[3].settings.backup_interval}, or a line and column),
 * and what is wrong.
 *
 * <p>The reason and the location often echo what the file holds (an id, a kind, a key, a value), and a file
 * name may hold anything: the message shows all three through {@link Printable}, with control and bidi
 * characters escaped and an over-long part cut, so that it stays one readable line whatever the file holds
 * and whoever shows it (terminal, dialog, status bar). The accessors return the parts as given.
 */
public class LoadException extends Exception {

    /** How much of a location is shown: a JSON path with a long key in it is cut. */
    private static final int LOCATION_LIMIT = 2 * Printable.ECHO_LIMIT;
    /** How much of a reason is shown: room for a sentence, the list of valid values and a few echoed ones. */
    private static final int REASON_LIMIT = 8 * Printable.ECHO_LIMIT;

    private final Path file;
    private final String location;
    private final String reason;

    /**
     * @param file     the file, or null for input that did not come from a file
     * @param location where in the file, or null when the whole file is concerned
     * @param reason   what is wrong, for a person; it may echo what the file holds
     */
    public LoadException(Path file, String location, String reason) {
        super(describe(file, location, reason));
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    /** The same, with the exception that revealed the problem. */
    public LoadException(Path file, String location, String reason, Throwable cause) {
        super(describe(file, location, reason), cause);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    private static String describe(Path file, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : Printable.of(file.toString()));
        if (location != null && !location.isEmpty()) {
            sb.append(": ").append(Printable.echo(location, LOCATION_LIMIT));
        }
        return sb.append(": ").append(Printable.echo(reason, REASON_LIMIT)).toString();
    }

    /** The file, or null for input that did not come from a file. */
    public Path file() {
        return file;
    }

    /** Where in the file, or null when the whole file is concerned; as given, not yet made printable. */
    public String location() {
        return location;
    }

    /** What is wrong, without the file and location; as given, not yet made printable. */
    public String reason() {
        return reason;
    }
}
