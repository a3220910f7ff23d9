package dev.lifeboat.io;

import java.nio.file.Path;

/**
 * A file that cannot be loaded, with the reason written for the person who opened it: the file, where
 * in it (a JSON path such as {@code $.components[3].settings.backup_interval}, or a line and column),
 * and what is wrong.
 */
public class LoadException extends Exception {

    private final Path file;
    private final String location;
    private final String reason;

    public LoadException(Path file, String location, String reason) {
        super(describe(file, location, reason));
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    public LoadException(Path file, String location, String reason, Throwable cause) {
        super(describe(file, location, reason), cause);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    private static String describe(Path file, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (location != null && !location.isEmpty()) {
            sb.append(": ").append(location);
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The file, or null for input that did not come from a file. */
    public Path file() {
        return file;
    }

    /** Where in the file, or null when the whole file is concerned. */
    public String location() {
        return location;
    }

    /** What is wrong, without the file and location. */
    public String reason() {
        return reason;
    }
}
