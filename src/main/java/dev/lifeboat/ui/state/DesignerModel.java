package dev.lifeboat.ui.state;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.Command;
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
            old.fileProperty().removeListener(retitle);
            old.close();
        }
        selection.clear();
        journey.set(null);
        document.set(next);
        next.topology().addListener(pruneSelection);
        next.commands().dirtyProperty().addListener(retitle);
        // a renamed document shows its new name at once (and its old one again on undo)
        next.commands().revisionProperty().addListener(retitle);
        next.fileProperty().addListener(retitle);
        next.topology().journeys().stream().findFirst().ifPresent(journey::set);
        updateTitle();
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
