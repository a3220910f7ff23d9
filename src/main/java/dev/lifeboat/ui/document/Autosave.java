package dev.lifeboat.ui.document;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the recovery file in step with the open document. The window's timer calls {@link #tick()}: a
 * document with unsaved changes is autosaved when its revision moved since the last autosave. As soon as
 * the document has no unsaved changes any more (saved, or undone back to the saved state) the recovery
 * file is removed, so that the next start does not offer back work that was saved or undone.
 */
public final class Autosave {

    private final DocumentService service;
    private final ObservableValue<Document> document;
    private final ChangeListener<Boolean> whenClean;
    private long autosavedRevision = -1;

    /** Follows {@code document}, the open document, through every document opened later. */
    public Autosave(DocumentService service, ObservableValue<Document> document) {
        this.service = Objects.requireNonNull(service, "service");
        this.document = Objects.requireNonNull(document, "document");
        this.whenClean = (o, wasDirty, dirty) -> {
            if (wasDirty && !dirty) {
                service.discardRecovery();
            }
        };
        document.getValue().commands().dirtyProperty().addListener(whenClean);
        document.addListener((o, before, after) -> {
            if (before != null) {
                before.commands().dirtyProperty().removeListener(whenClean);
            }
            after.commands().dirtyProperty().addListener(whenClean);
            autosavedRevision = -1;
        });
    }

    /** Autosaves the document if it has unsaved changes not autosaved yet. */
    public void tick() {
        Document d = document.getValue();
        var c = d.commands();
        if (c.isDirty() && c.revisionProperty().get() != autosavedRevision) {
            autosavedRevision = c.revisionProperty().get();
            service.autosave(d);
        }
    }
}
