package dev.lifeboat.ui.state;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.model.Component;
import dev.lifeboat.ui.command.Command;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.command.SetVariantValueCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.selection.Selection;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * The designer's top-level view model: the open document, what is selected, the scenario and journey
 * the canvas and panels show, the window title and the status line. Views bind to it; edits go through
 * {@link #execute(Command)}.
 */
public final class DesignerModel {

    private final UiExecutor executor;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario",
            Scenario.NODE_LOSS);
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final Selection selection = new Selection();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Drag from the palette onto the canvas; drag from a card's right-hand dot to connect.");
    private final TopologyListener pruneSelection = this::pruneSelection;
    private final ChangeListener<Object> retitle = (o, a, b) -> updateTitle();
    private final ReadOnlyStringWrapper variant = new ReadOnlyStringWrapper(this, "variant");
    private final ChangeListener<Number> followVariant = (o, a, b) -> followVariant();
    /** The open document's baseline; {@link #document} is it, or a view of one of its variants. */
    private Document baseDocument;

    /** The one-line refusal of a structural edit while a variant is shown. */
    public static final String STRUCTURE_IN_BASELINE = "Switch to the baseline to change the structure: a variant "
            + "only changes settings.";

    public DesignerModel(UiExecutor executor, Document initial) {
        this.executor = Objects.requireNonNull(executor, "executor");
        open(initial);
    }

    /** Replaces the open document (New, Open, restore). */
    public void open(Document next) {
        Objects.requireNonNull(next, "document");
        Document old = document.get();
        if (old != null) {
            old.topology().removeListener(pruneSelection);
            old.commands().dirtyProperty().removeListener(retitle);
            old.commands().revisionProperty().removeListener(retitle);
            old.commands().revisionProperty().removeListener(followVariant);
            old.fileProperty().removeListener(retitle);
            if (old != baseDocument) {
                old.close();
            }
            baseDocument.close();
        }
        selection.clear();
        journey.set(null);
        baseDocument = next;
        variant.set(null);
        document.set(next);
        next.topology().addListener(pruneSelection);
        next.commands().dirtyProperty().addListener(retitle);
        // a renamed document shows its new name at once (and its old one again on undo)
        next.commands().revisionProperty().addListener(retitle);
        next.commands().revisionProperty().addListener(followVariant);
        next.fileProperty().addListener(retitle);
        next.topology().journeys().stream().findFirst().ifPresent(journey::set);
        updateTitle();
    }

    /**
     * Shows a variant of the baseline (by name, ignoring ASCII case), or the baseline with null. The canvas, the
     * inspector and the results follow; setting edits then go to the variant, structural edits are refused.
     *
     * @throws IllegalArgumentException when the baseline has no such variant
     */
    public void showVariant(String name) {
        Document shown = document.get();
        if (java.util.Objects.equals(name, shown.variant())) {
            return;
        }
        Document next = baseDocument.showing(name, baseDocument);
        String journeyId = journey.get() == null ? null : journey.get().id();
        shown.topology().removeListener(pruneSelection);
        if (shown != baseDocument) {
            shown.close();
        }
        selection.clear();
        journey.set(null);
        variant.set(next.variant());
        document.set(next);
        next.topology().addListener(pruneSelection);
        journey.set(journeyId == null ? null : next.topology().journey(journeyId).orElse(null));
    }

    /** After each command, undo and redo: the variant's view follows, or is made again, or gives way. */
    private void followVariant() {
        Document shown = document.get();
        if (shown == baseDocument || shown.sync()) {
            return;
        }
        // the structure changed under it, or it was renamed or removed
        String name = shown.successor();
        showVariant(null);
        if (name != null) {
            showVariant(name);
        }
    }

    /**
     * The command that gives a setting of a shown component a value: in the baseline, or, while a variant is
     * shown, in that variant.
     */
    public Command setSetting(Component c, String key, Object value) {
        String v = variant.get();
        return v == null ? new SetSettingCommand(c, key, value) : new SetVariantValueCommand(v, c, key, value);
    }

    /** The name of the variant shown, or null for the baseline. */
    public ReadOnlyStringProperty variantProperty() {
        return variant.getReadOnlyProperty();
    }

    public String variant() {
        return variant.get();
    }

    /** The baseline's document (what is saved), whichever variant is shown. */
    public Document baseDocument() {
        return baseDocument;
    }

    /**
     * Runs an edit as an undoable command. A refusal by the model (invalid value, duplicate link) is shown
     * in the status line and leaves the document unchanged.
     *
     * @return whether the command ran
     */
    public boolean execute(Command command) {
        return run(command) == null;
    }

    /**
     * Like {@link #execute(Command)}, returning null on success or the refusal's message (for fields
     * that show it next to themselves).
     */
    public String run(Command command) {
        if (variant.get() != null && !command.editsVariant()) {
            status.set(STRUCTURE_IN_BASELINE);
            return STRUCTURE_IN_BASELINE;
        }
        try {
            document.get().commands().execute(command);
            status.set(command.description());
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            status.set(e.getMessage());
            return e.getMessage();
        }
    }

    public void undo() {
        document.get().commands().undo();
    }

    public void redo() {
        document.get().commands().redo();
    }

    private void pruneSelection(TopologyEvent e) {
        switch (e.type()) {
            case COMPONENT_REMOVED, DEPENDENCY_REMOVED, PLACE_REMOVED -> selection.remove(e.subject());
            case JOURNEY_REMOVED -> {
                if (journey.get() == e.subject()) {
                    journey.set(null);
                }
            }
            default -> {
            }
        }
    }

    private void updateTitle() {
        Document d = document.get();
        title.set(Printable.echo(d.displayName()) + (d.commands().isDirty() ? "*" : "") + " \u2014 Lifeboat");
    }

    public UiExecutor executor() {
        return executor;
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document document() {
        return document.get();
    }

    public Topology topology() {
        return document.get().topology();
    }

    /** The failure scenario the canvas and panels show. */
    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The journey highlighted on the canvas and edited in the inspector, or null. */
    public ObjectProperty<Journey> journeyProperty() {
        return journey;
    }

    public Journey journey() {
        return journey.get();
    }

    public Selection selection() {
        return selection;
    }

    /** "orders.json* — Lifeboat": the file name, a star when unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last thing that happened or went wrong, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

}
