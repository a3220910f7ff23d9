package dev.lifeboat.ui.document;

import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.RecoveryFile;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loading and saving documents, and the autosave recovery file. Loading runs in the background through
 * the executor; failures come back as messages fit for a dialog (never a stack trace), and the document
 * that was open stays untouched.
 *
 * <p>The recovery file is never stale: an autosave is written in the background, but under the same lock
 * as {@link #discardRecovery()}, and only while no discard happened since it was asked for (a generation
 * counter), so that a write landing after a save or a discard cannot bring the file back.
 */
public final class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());
    private final UiExecutor executor;
    private final Path recoveryFile;
    private final Object recoveryLock = new Object();
    /** Bumped by every discard: autosaves asked for before it are dropped. Guarded by recoveryLock. */
    private long generation;
    /** Numbers autosaves in the order they were asked for. Guarded by recoveryLock. */
    private long lastRequested;
    /** The number of the autosave on disk: an older one running late is dropped. Guarded by recoveryLock. */
    private long lastWritten;

    /** @param home where the recovery file lives (e.g. ~/.lifeboat) */
    public DocumentService(UiExecutor executor, Path home) {
        this.executor = executor;
        this.recoveryFile = home.resolve("recovery.json");
    }

    /** A new, empty document. */
    public Document create() {
        Topology t = new Topology();
        t.setName("Untitled");
        return new Document(t, null);
    }

    /**
     * Loads a native or service-config file, and runs its first analysis, in the background; then
     * {@code done} or {@code failed} with the reason on the UI thread. An imported service-config file
     * keeps no file name, so that Save asks where to write the native format instead of overwriting it.
     */
    public void open(Path file, Consumer<Document> done, Consumer<String> failed) {
        executor.background(() -> {
            TopologyFiles.Loaded loaded = TopologyFiles.open(file);
            return new Document(loaded.topology(), loaded.format() == TopologyFiles.Format.NATIVE ? file : null);
        }, done, e -> failed.accept(e instanceof LoadException ? e.getMessage()
                : Printable.of(file.toString()) + ": " + Printable.echo(String.valueOf(e.getMessage()))));
    }

    /** Whether saving to {@code file} would replace a read-only file (ask the user first). */
    public boolean isReadOnly(Path file) {
        return TopologyFiles.isReadOnly(file);
    }

    /**
     * Saves atomically and marks the document saved; a read-only file is refused.
     *
     * @return null, or the reason the save failed (the previous file is left intact)
     */
    public String save(Document d, Path file) {
        return save(d, file, TopologyFiles.IfReadOnly.REFUSE);
    }

    /**
     * Saves atomically and marks the document saved, then removes the recovery file.
     *
     * @param ifReadOnly {@code OVERWRITE} once the user agreed to replace a read-only file
     * @return null, or the reason the save failed, naming the file and what became of the previous one
     */
    public String save(Document d, Path file, TopologyFiles.IfReadOnly ifReadOnly) {
        try {
            TopologyFiles.save(d.baseline(), file, ifReadOnly);
        } catch (SaveException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "Could not save " + Printable.of(file.toString()) + ": "
                    + Printable.echo(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; the file was not changed.";
        }
        d.savedAs(file);
        discardRecovery();
        return null;
    }

    // ---------------------------------------------------------------- autosave

    /**
     * Writes the document to the recovery file, atomically, in the background (the bytes are made on this
     * thread, which owns the topology). Dropped if a discard or a later autosave gets there first.
     */
    public void autosave(Document d) {
        byte[] bytes = RecoveryFile.encode(d.baseline(), d.file());
        long asked;
        long number;
        synchronized (recoveryLock) {
            asked = generation;
            number = ++lastRequested;
        }
        executor.background(() -> {
            synchronized (recoveryLock) {
                if (asked != generation || number < lastWritten) {
                    return null;
                }
                Files.createDirectories(recoveryFile.getParent());
                RecoveryFile.write(recoveryFile, bytes);
                lastWritten = number;
            }
            return null;
        }, x -> { }, e -> LOG.log(Level.WARNING, "autosave failed: " + e.getMessage()));
    }

    /** Whether an unsaved session left a recovery file behind. */
    public boolean hasRecovery() {
        return Files.isRegularFile(recoveryFile);
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    /** Loads the recovery file as an unsaved document, belonging to the file it was autosaved from. */
    public void restore(Consumer<Document> done, Consumer<String> failed) {
        executor.background(() -> RecoveryFile.read(recoveryFile), r -> {
            Document d = new Document(r.topology(), r.origin());
            d.commands().markModified();
            done.accept(d);
        }, e -> failed.accept(e.getMessage()));
    }

    /**
     * Deletes the recovery file (after a save, an undo back to the saved state, quitting a clean document,
     * or when the user declines to restore); autosaves asked for before are dropped.
     */
    public void discardRecovery() {
        synchronized (recoveryLock) {
            generation++;
            try {
                RecoveryFile.delete(recoveryFile);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete " + recoveryFile + ": " + e.getMessage());
            }
        }
    }
}
