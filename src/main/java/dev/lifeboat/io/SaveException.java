package dev.lifeboat.io;

import dev.lifeboat.model.Printable;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A save that did not happen, said for the person who asked for it: the file, the reason in words
 * (permission denied, the folder does not exist, the disk is full...) and what became of the file that
 * was there. Saves are atomic, so that is always "the previous file is intact" or "nothing was written";
 * the temporary file a save works with is never the subject.
 */
public final class SaveException extends IOException {

    /** The operating system's wording (strerror) of common failures, and Lifeboat's. */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "no space left on device", "the disk is full",
            "disk quota exceeded", "the disk quota is exceeded",
            "read-only file system", "the file system is read-only",
            "permission denied", "permission denied",
            "operation not permitted", "permission denied",
            "is a directory", "it is a folder, not a file",
            "not a directory", "a part of the path is not a folder",
            "file name too long", "the file name is too long",
            "input/output error", "the disk reported an input/output error");

    private final Path file;
    private final String reason;
    private final boolean previousIntact;

    /**
     * @param previousIntact true when a file was there and is left as it was; false when there was none
     *     (then nothing was written)
     */
    public SaveException(Path file, String reason, boolean previousIntact) {
        this(file, reason, previousIntact, null);
    }

    public SaveException(Path file, String reason, boolean previousIntact, Throwable cause) {
        super("Could not save " + Printable.of(String.valueOf(file)) + ": " + Printable.of(reason) + "; "
                + (previousIntact ? "the previous file is intact." : "nothing was written."), cause);
        this.file = file;
        this.reason = reason;
        this.previousIntact = previousIntact;
    }

    /** The file that was to be saved, as the caller named it. */
    public Path file() {
        return file;
    }

    /** Why, in words, without the file. */
    public String reason() {
        return reason;
    }

    /** Whether a previous file was there and is unchanged (else there was none and nothing was written). */
    public boolean previousIntact() {
        return previousIntact;
    }

    /** The reason of an I/O failure in words, without the name of the file it happened to. */
    /** What went wrong, in words a person reads: permission denied, disk full, folder missing... */
    public static String reasonOf(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof ClosedByInterruptException) {
            return "the save was interrupted";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> r : SYSTEM_REASONS.entrySet()) {
            if (lower.contains(r.getKey())) {
                return r.getValue();
            }
        }
        return Printable.echo(text);
    }
}
