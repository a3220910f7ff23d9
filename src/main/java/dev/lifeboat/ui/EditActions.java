package dev.lifeboat.ui;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.canvas.AutoLayout;
import dev.lifeboat.ui.command.DeleteCommand;
import dev.lifeboat.ui.command.JourneyCommand;
import dev.lifeboat.ui.command.PasteCommand;
import dev.lifeboat.ui.command.RenameDocumentCommand;
import dev.lifeboat.ui.command.SetDetectionTimeCommand;
import dev.lifeboat.ui.command.SetStrengthCommand;
import dev.lifeboat.ui.inspector.InspectorEditors;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * The Edit and Analyse actions: undo and redo wherever the focus is, and what works on the selection (delete,
 * copy, paste, select all, layout, dependency strength, journeys).
 */
public final class EditActions {

    private final DesignerModel model;
    private final AutoLayout layout;
    private PasteCommand.Clipboard clipboard;
    private int pastes;

    /** Actions whose auto layout keeps its arrow routes nowhere (no canvas: tests, tools). */
    public EditActions(DesignerModel model) {
        this(model, new AutoLayout(model));
    }

    /** Actions whose auto layout is the canvas's (its routes, its progress banner). */
    public EditActions(DesignerModel model, AutoLayout layout) {
        this.model = model;
        this.layout = layout;
    }

    /**
     * Undoes the last edit of the document, wherever the focus is: only a text field that holds typing not yet
     * committed undoes that typing instead (see {@link #hasUnsavedTyping}).
     */
    public void undo(Node focusOwner) {
        if (focusOwner instanceof TextInputControl t && hasUnsavedTyping(t)) {
            t.undo();
        } else {
            model.undo();
        }
    }

    /** Redoes, wherever the focus is; like {@link #undo}, a text field with unsaved typing redoes its own. */
    public void redo(Node focusOwner) {
        if (focusOwner instanceof TextInputControl t && hasUnsavedTyping(t) && t.isRedoable()) {
            t.redo();
        } else {
            model.redo();
        }
    }

    /**
     * Whether a text field holds typing not yet committed to the document: an inspector field says so itself
     * ({@link InspectorEditors#UNSAVED_TYPING}); any other field while it has typing of its own to undo.
     */
    static boolean hasUnsavedTyping(TextInputControl t) {
        if (t.getProperties().get(InspectorEditors.UNSAVED_TYPING) instanceof BooleanSupplier s) {
            return s.getAsBoolean();
        }
        return t.isUndoable();
    }

    public void delete() {
        var sel = model.selection();
        DeleteCommand cmd = new DeleteCommand(sel.of(Component.class), sel.of(Place.class),
                sel.of(Dependency.class));
        if (!cmd.isEmpty()) {
            model.execute(cmd);
        }
    }

    public void copy() {
        List<Component> chosen = model.selection().of(Component.class);
        if (!chosen.isEmpty()) {
            clipboard = PasteCommand.Clipboard.copy(model.topology(), chosen);
            pastes = 0;
            model.setStatus("Copied " + chosen.size() + (chosen.size() == 1 ? " component" : " components"));
        }
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    public void paste() {
        if (!canPaste()) {
            return;
        }
        pastes++;
        PasteCommand cmd = new PasteCommand(clipboard, 40.0 * pastes, 40.0 * pastes);
        if (model.execute(cmd)) {
            model.selection().clear();
            cmd.createdIds().forEach(id -> model.topology().component(id).ifPresent(model.selection()::add));
        }
    }

    public void selectAll() {
        List<Object> all = new ArrayList<>(model.topology().components());
        model.selection().selectAll(all);
    }

    /** Lays out the selected components (two or more) or everything, in the background; see {@link AutoLayout}. */
    public void autoLayout() {
        layout.run();
    }

    /** Makes the selected dependencies hard or soft. */
    public void setStrength(Strength s) {
        for (Dependency d : model.selection().of(Dependency.class)) {
            if (d.strength() != s) {
                model.execute(new SetStrengthCommand(d, s));
            }
        }
    }

    /** Adds a journey starting at the selected components (or none), and selects it. */
    public Journey newJourney() {
        List<String> entries = model.selection().of(Component.class).stream().map(Component::id).toList();
        String name = "journey-" + (model.topology().journeys().size() + 1);
        JourneyCommand cmd = JourneyCommand.add(new JourneyCommand.Fields(name, entries, null, null));
        if (model.execute(cmd)) {
            Journey j = model.topology().journey(cmd.journeyId()).orElseThrow();
            model.journeyProperty().set(j);
            return j;
        }
        return null;
    }

    /**
     * Renames the document as one undoable command; a blank name is refused with a message in the status line.
     *
     * @return whether the document was renamed
     */
    public boolean renameDocument(String name) {
        if (name == null || name.isBlank()) {
            model.setStatus("A document needs a name");
            return false;
        }
        return model.execute(new RenameDocumentCommand(name.strip()));
    }

    /**
     * Sets the design's time to notice logical corruption from what was typed (empty: back to the assumed
     * default) as one undoable command; nothing happens when it is the value there already.
     *
     * @return null, or why the text is refused (the document is untouched then)
     */
    public String setDetectionTime(String text) {
        Long seconds;
        try {
            seconds = text == null || text.isBlank() ? null : Settings.DETECTION_TIME.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        var t = model.topology();
        if (seconds == null ? !t.isDetectionTimeSet() : t.isDetectionTimeSet() && t.detectionTime() == seconds) {
            return null;
        }
        return model.run(new SetDetectionTimeCommand(seconds));
    }

    public void deleteJourney() {
        Journey j = model.journey();
        if (j != null) {
            model.execute(JourneyCommand.remove(j));
        }
    }
}
