package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommender;
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
 * The state of Analyse ▸ Recommend: the journey asked about, the search running in the background (its stage and
 * progress, Cancel), its result, and whether the design shown has changed since the search started (then the result
 * is stale: it stays readable, but cannot be applied until it is recomputed).
 *
 * <p>The search runs on a copy of the design shown (the baseline or a variant), taken on the UI thread, on a worker
 * lane of its own so that a long search never holds up opening or saving. An option is applied as one undoable
 * command that sets every changed setting of the design shown (in a variant: the variant's values), or made into a
 * new variant of the baseline with those values over the variant shown.
 */
public final class RecommendViewModel {

    private static final Logger LOG = Logger.getLogger(RecommendViewModel.class.getName());

    /** How a search is made; the designer's is {@link Recommender#standard()}. Tests may slow it down. */
    @FunctionalInterface
    public interface Search {
        Recommendation run(Topology topology, Journey journey, BooleanSupplier cancelled,
                           Recommender.Progress progress);
    }

    /** The designer's search: Lifeboat's own rules. */
    public static final Search STANDARD = (topology, journey, cancelled, progress) -> Recommender.standard()
            .recommend(topology, journey, cancelled, progress);

    private final DesignerModel model;
    private final Search search;
    private final ObservableList<Journey> journeys = FXCollections.observableArrayList();
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyObjectWrapper<Recommendation> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final TopologyListener onChange = this::topologyChanged;
    private final ChangeListener<Document> onDocument = (o, a, d) -> documentChanged(a, d);
    private AtomicBoolean cancel = new AtomicBoolean();
    private long asked;
    /** Whether the design shown changed since the running or last search started. */
    private boolean changed;
    private boolean attached;

    public RecommendViewModel(DesignerModel model) {
        this(model, STANDARD);
    }

    public RecommendViewModel(DesignerModel model, Search search) {
        this.model = Objects.requireNonNull(model, "model");
        this.search = Objects.requireNonNull(search, "search");
        journey.addListener((o, a, b) -> {
            if (attached && b != null && (a == null || !a.id().equals(b.id()))) {
                recommend();
            }
        });
    }

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
            recommend();
        } else {
            journey.set(chosen);
            if (chosen == null) {
                message.set("The design has no journeys: add one (Analyse \u25B8 New journey from selection) to "
                        + "ask for a recommendation.");
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
    public void recommend() {
        cancel.set(true);
        Journey chosen = journey.get();
        if (chosen == null) {
            return;
        }
        Topology copy = model.topology().copy(false);
        Journey j = copy.journey(chosen.id()).orElse(null);
        if (j == null) {
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
        message.set("Searching the menus for " + Printable.echo(chosen.name()) + "\u2026");
        var executor = model.executor();
        executor.lane("recommender").background(() -> search.run(copy, j, mine::get, (what, done) -> executor.ui(
                () -> {
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
                        LOG.warning("recommendation failed: " + error);
                        message.set("Could not recommend: " + Printable.echo(String.valueOf(error.getMessage()),
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

    /**
     * Applies an option of the current result to the design shown as one undoable command ("Apply recommendation
     * (cheapest)"), and says whether the journey now meets every objective in the live analysis.
     *
     * @return whether it was applied (not when the result is stale or the design refused a value)
     */
    public boolean apply(Option option) {
        Recommendation r = result.get();
        if (r == null || stale.get() || running.get()) {
            return false;
        }
        Topology t = model.topology();
        List<Command> parts = new ArrayList<>();
        for (Change c : option.changes()) {
            Component target = t.component(c.component().id()).orElse(null);
            if (target == null) {
                return false;
            }
            c.values().forEach((key, value) -> parts.add(model.setSetting(target, key, value)));
        }
        if (parts.isEmpty()) {
            return false;
        }
        String name = RecommendationText.shortName(option.kinds().get(0));
        if (!model.execute(new CompoundCommand("Apply recommendation (" + name + ")", parts))) {
            message.set(model.statusProperty().get());
            return false;
        }
        Journey j = model.topology().journey(r.journey().id()).orElse(null);
        boolean meets = j != null && meetsAll(model.document().analysis(), j);
        message.set("Applied the " + name + " option: " + Printable.echo(r.journey().name())
                + (meets ? " now meets every objective under every scenario \u2714" : " still misses an objective "
                + "\u2716") + ". Undo (Ctrl+Z) takes it back; Recompute searches again.");
        return true;
    }

    /**
     * Makes a new variant of the baseline with the option's values over the design shown (the variant shown's own
     * values, then the option's), as one undoable command; the design shown stays.
     *
     * @return the new variant's name, or null when it was not made
     */
    public String makeVariant(Option option) {
        Recommendation r = result.get();
        if (r == null || stale.get() || running.get()) {
            return null;
        }
        Topology base = model.baseDocument().baseline();
        String kind = RecommendationText.shortName(option.kinds().get(0));
        String name = variantName(base, r.journey().name(), kind);
        List<Command> parts = new ArrayList<>();
        parts.add(new AddVariantCommand(name));
        Variant shown = model.document().shownVariant().orElse(null);
        if (shown != null) {
            for (Component c : base.components()) {
                shown.applicable(c).forEach((key, value) -> parts.add(new SetVariantValueCommand(name, c, key,
                        value)));
            }
        }
        for (Change c : option.changes()) {
            Component target = base.component(c.component().id()).orElse(null);
            if (target == null) {
                return null;
            }
            c.values().forEach((key, value) -> parts.add(new SetVariantValueCommand(name, target, key, value)));
        }
        if (!model.execute(new CompoundCommand("Make variant " + Printable.echo(name) + " from recommendation ("
                + kind + ")", parts))) {
            message.set(model.statusProperty().get());
            return null;
        }
        message.set("Made variant \u201C" + Printable.echo(name) + "\u201D: pick it in the toolbar to see it, or "
                + "compare it with the baseline.");
        return name;
    }

    /** Undoes the designer's last edit (Ctrl+Z in this window, e.g. right after Apply). */
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

    private static boolean meetsAll(IncrementalAnalysis a, Journey j) {
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

    private void topologyChanged(TopologyEvent e) {
        switch (e.type()) {
            // what a recommendation does not rest on
            case COMPONENT_MOVED, COMPONENT_RENAMED, VARIANT_CHANGED -> {
                return;
            }
            case JOURNEY_ADDED, JOURNEY_REMOVED, JOURNEY_CHANGED -> fillJourneys();
            default -> {
            }
        }
        markChanged();
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

    /** How far the running search is, from 0 to 1, or -1 before its first stage. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The stage the running search is at: "cheapest", "fewest changes", ... */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The last result, or null while searching, after a cancel or before the first search. */
    public ReadOnlyObjectProperty<Recommendation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the design shown has changed since the result's search started: apply is refused until recomputed. */
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
