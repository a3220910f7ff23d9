package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.command.AddVariantCommand;
import dev.lifeboat.ui.command.Command;
import dev.lifeboat.ui.command.CompoundCommand;
import dev.lifeboat.ui.command.SetVariantValueCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the windows that search a journey's menus in the background share (Analyse ▸ Recommend, Analyse ▸
 * Frontier): the journey asked about, the search running on a worker lane of its own (its stage and progress,
 * Cancel), its result, and whether the design shown has changed since the search started (then the result is stale:
 * it stays readable, but nothing of it can be applied until it is recomputed); and the two edits a result offers,
 * Apply and Make variant, each one undoable command.
 *
 * <p>The search runs on a copy of the design shown (the baseline or a variant), taken on the UI thread, so that a
 * long search never holds up opening or saving. Setting changes are applied as one command that sets every changed
 * setting of the design shown (in a variant: the variant's values), or made into a new variant of the baseline with
 * those values over the variant shown.
 *
 * @param <R> what a search finds
 */
public abstract class JourneySearchViewModel<R> {

    private static final Logger LOG = Logger.getLogger(JourneySearchViewModel.class.getName());

    /** Told of a running search's stage (on the searching thread); the view model shows it on the UI thread. */
    @FunctionalInterface
    public interface Reporter {
        /** The search is at this stage ("cheapest", "3 points found"), {@code done} of the way, or -1 if unknown. */
        void stage(String stage, double done);
    }

    private final DesignerModel model;
    private final String lane;
    private final ObservableList<Journey> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final TopologyListener onChange = this::topologyChanged;
    private final ChangeListener<Document> onDocument = (o, a, d) -> documentChanged(a, d);
    private AtomicBoolean cancel = new AtomicBoolean();
    private long asked;
    /** Whether the design shown changed since the running or last search started. */
    private boolean changed;
    private boolean attached;

    /**
     * @param lane the name of the worker lane the searches run on ({@code UiExecutor.lane})
     */
    protected JourneySearchViewModel(DesignerModel model, String lane) {
        this.model = Objects.requireNonNull(model, "model");
        this.lane = Objects.requireNonNull(lane, "lane");
        journey.addListener((o, a, b) -> {
            if (attached && b != null && (a == null || !a.id().equals(b.id()))) {
                search();
            }
        });
    }

    /** A search, ready to run on the worker lane: it holds what it needs, taken on the UI thread. */
    @FunctionalInterface
    protected interface Job<R> {
        /**
         * @throws java.util.concurrent.CancellationException when {@code cancelled} says so
         */
        R run(BooleanSupplier cancelled, Reporter reporter) throws Exception;
    }

    /**
     * The search for this journey of the design shown, prepared on the UI thread (typically on a copy of the
     * design), or null when there is nothing to search.
     */
    protected abstract Job<R> prepare(Topology shown, Journey journey);

    /** What the window says while searching for this journey: "Searching the menus for Place order…". */
    protected abstract String searchingMessage(Journey journey);

    /** What the window says when the design has no journey to ask about. */
    protected abstract String noJourneysMessage();

    /** What the window says when a search failed: "Could not recommend". */
    protected abstract String failureMessage();

    /**
     * Starts following the design and asks about the journey selected in the designer, else the first one that
     * misses an objective, else the first one.
     */
    public void open() {
        if (!attached) {
            attached = true;
            model.documentProperty().addListener(onDocument);
            model.topology().addListener(onChange);
        }
        fillJourneys();
        Journey chosen = defaultJourney();
        if (journey.get() != null && chosen != null && journey.get().id().equals(chosen.id())) {
            search();
        } else {
            journey.set(chosen);
            if (chosen == null) {
                message.set(noJourneysMessage());
            }
        }
    }

    /** Stops following the design and cancels a running search (the window closed). */
    public void close() {
        cancel();
        if (attached) {
            attached = false;
            model.documentProperty().removeListener(onDocument);
            model.topology().removeListener(onChange);
        }
    }

    /** Whether the view model follows the design (between {@link #open()} and {@link #close()}). */
    protected boolean attached() {
        return attached;
    }

    /** The journey selected in the designer, else the first that misses an objective, else the first; or null. */
    Journey defaultJourney() {
        Topology t = model.topology();
        if (model.journey() != null) {
            Journey j = t.journey(model.journey().id()).orElse(null);
            if (j != null) {
                return j;
            }
        }
        IncrementalAnalysis a = model.document().analysis();
        for (Journey j : t.journeys()) {
            for (Scenario s : Scenario.values()) {
                JourneyAssessment ja = a.journey(j, s);
                if (Boolean.FALSE.equals(ja.meetsRpo()) || Boolean.FALSE.equals(ja.meetsRto())) {
                    return j;
                }
            }
        }
        return t.journeys().stream().findFirst().orElse(null);
    }

    /** Searches for the chosen journey, in the background; a search already running is cancelled. */
    public void search() {
        cancel.set(true);
        Journey chosen = journey.get();
        if (chosen == null) {
            return;
        }
        Job<R> job = prepare(model.topology(), chosen);
        if (job == null) {
            return;
        }
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        long request = ++asked;
        changed = false;
        result.set(null);
        stale.set(false);
        running.set(true);
        progress.set(-1);
        stage.set("starting");
        message.set(searchingMessage(chosen));
        var executor = model.executor();
        executor.lane(lane).background(() -> job.run(mine::get, (what, done) -> executor.ui(() -> {
            if (request == asked && !mine.get()) {
                stage.set(what);
                progress.set(done);
            }
        })), r -> {
            if (request != asked || mine.get()) {
                return;
            }
            running.set(false);
            result.set(r);
            stale.set(changed);
            message.set(changed ? staleMessage() : "");
        }, error -> {
            if (request != asked || mine.get()) {
                return;
            }
            running.set(false);
            if (error instanceof CancellationException) {
                message.set("Cancelled: the design is unchanged.");
            } else {
                LOG.warning(failureMessage() + ": " + error);
                message.set(failureMessage() + ": " + Printable.echo(String.valueOf(error.getMessage()),
                        2 * Printable.ECHO_LIMIT));
            }
        });
    }

    /** Stops a running search; the design is left as it was. */
    public void cancel() {
        cancel.set(true);
        if (running.get()) {
            running.set(false);
            progress.set(0);
            stage.set("");
            message.set("Cancelled: the design is unchanged.");
        }
    }

    /** Whether a result can be acted on: there is one, it is not stale, and no search is running. */
    protected boolean actionable() {
        return result.get() != null && !stale.get() && !running.get();
    }

    /**
     * Sets every changed setting of the design shown (in a variant: the variant's values) as one undoable command
     * with this description.
     *
     * @return whether it ran (not when there is nothing to change, a component is gone, or the design refused it;
     *         then the message says why)
     */
    protected boolean applyChanges(List<Change> changes, String description) {
        Topology t = model.topology();
        List<Command> parts = new ArrayList<>();
        for (Change c : changes) {
            Component target = t.component(c.component().id()).orElse(null);
            if (target == null) {
                return false;
            }
            c.values().forEach((key, value) -> parts.add(model.setSetting(target, key, value)));
        }
        if (parts.isEmpty()) {
            return false;
        }
        if (!model.execute(new CompoundCommand(description, parts))) {
            message.set(model.statusProperty().get());
            return false;
        }
        return true;
    }

    /**
     * Makes a new variant of the baseline called {@code name} with the changes' values over the design shown (the
     * variant shown's own values, then the changes'), as one undoable command with this description; the design
     * shown stays.
     *
     * @return whether it was made
     */
    protected boolean makeVariant(List<Change> changes, String name, String description) {
        Topology base = model.baseDocument().baseline();
        List<Command> parts = new ArrayList<>();
        parts.add(new AddVariantCommand(name));
        Variant shown = model.document().shownVariant().orElse(null);
        if (shown != null) {
            for (Component c : base.components()) {
                shown.applicable(c).forEach((key, value) -> parts.add(new SetVariantValueCommand(name, c, key,
                        value)));
            }
        }
        for (Change c : changes) {
            Component target = base.component(c.component().id()).orElse(null);
            if (target == null) {
                return false;
            }
            c.values().forEach((key, value) -> parts.add(new SetVariantValueCommand(name, target, key, value)));
        }
        if (!model.execute(new CompoundCommand(description, parts))) {
            message.set(model.statusProperty().get());
            return false;
        }
        return true;
    }

    /** Undoes the designer's last edit (Ctrl+Z in the window, e.g. right after Apply). */
    public void undo() {
        model.undo();
    }

    public void redo() {
        model.redo();
    }

    /** "Place order: cheapest", then "Place order: cheapest 2", ...: a name no variant has, within the limit. */
    static String variantName(Topology base, String journeyName, String kind) {
        String tail = ": " + kind;
        String head = journeyName.strip();
        int room = InputText.MAX_NAME - tail.length() - 4;
        if (head.length() > room) {
            head = head.substring(0, Character.isHighSurrogate(head.charAt(room - 1)) ? room - 1 : room);
        }
        String name = head + tail;
        for (int n = 2; base.variant(name).isPresent() || InputText.equalsIgnoreCase(name, Variant.BASELINE); n++) {
            name = head + tail + " " + n;
        }
        return name;
    }

    /** Whether the journey meets every objective under every scenario in this analysis. */
    static boolean meetsAll(IncrementalAnalysis a, Journey j) {
        for (Scenario s : Scenario.values()) {
            JourneyAssessment ja = a.journey(j, s);
            if (Boolean.FALSE.equals(ja.meetsRpo()) || Boolean.FALSE.equals(ja.meetsRto())) {
                return false;
            }
        }
        return true;
    }

    private void fillJourneys() {
        String chosen = journey.get() == null ? null : journey.get().id();
        boolean was = attached;
        // the same journey in another view of the design, or the list refilled under it: no new search for it
        attached = false;
        try {
            List<Journey> now = new ArrayList<>(model.topology().journeys());
            if (!now.equals(journeys)) {
                journeys.setAll(now);
            }
            journey.set(chosen == null ? null : model.topology().journey(chosen).orElse(null));
        } finally {
            attached = was;
        }
    }

    /**
     * Whether a result rests on what this event changes; by default everything but a card's position or name and
     * the variants (which change neither the design shown nor its journeys' numbers).
     */
    protected boolean restsOn(TopologyEvent e) {
        return switch (e.type()) {
            case COMPONENT_MOVED, COMPONENT_RENAMED, VARIANT_CHANGED -> false;
            default -> true;
        };
    }

    private void topologyChanged(TopologyEvent e) {
        switch (e.type()) {
            case JOURNEY_ADDED, JOURNEY_REMOVED, JOURNEY_CHANGED -> fillJourneys();
            default -> {
            }
        }
        if (restsOn(e)) {
            markChanged();
        }
    }

    private void documentChanged(Document before, Document after) {
        if (before != null) {
            before.topology().removeListener(onChange);
        }
        after.topology().addListener(onChange);
        fillJourneys();
        markChanged();
    }

    private void markChanged() {
        changed = true;
        if (result.get() != null && !stale.get()) {
            stale.set(true);
            message.set(staleMessage());
        }
    }

    private static String staleMessage() {
        return "The design has changed since this search: recompute before applying.";
    }

    /** The designer's model (for what a subclass adds). */
    protected DesignerModel model() {
        return model;
    }

    /** Says what happened last, in a sentence. */
    protected void say(String text) {
        message.set(text);
    }

    /** The journeys of the design shown, to choose from. */
    public ObservableList<Journey> journeys() {
        return FXCollections.unmodifiableObservableList(journeys);
    }

    /** The journey asked about; choosing another starts a search for it. */
    public ObjectProperty<Journey> journeyProperty() {
        return journey;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the running search is, from 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The stage the running search is at: "cheapest", "fewest changes", "3 points found", ... */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The last result, or null while searching, after a cancel or before the first search. */
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the design shown has changed since the result's search started: nothing is applied until recomputed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** What happened last, in a sentence (searching, cancelled, applied, stale), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The prices the costs are shown in. */
    public Prices prices() {
        return model.topology().prices();
    }
}
