package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.Frontier.Design;
import dev.lifeboat.engine.recommend.Frontier.Point;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of Analyse ▸ Frontier: the journey and the scenario asked about (the worst over every failure, or one),
 * the frontier search running in the background ({@link JourneySearchViewModel}: progress, Cancel, a result the design
 * moved on from marked stale), the result as {@link Entry entries} (the frontier's points, then the design shown and
 * its variants), the entry picked (on a chart or in the table), and what a point offers: Apply (one undoable edit of
 * the design shown) and Make variant (a new variant named "Edit document: frontier 3").
 *
 * <p>With the baseline shown, the search places the baseline and each of its variants against the frontier; with a
 * variant shown, the design shown is that variant, and the other designs are not placed.
 */
public final class FrontierViewModel extends JourneySearchViewModel<Frontier> {

    /** How a frontier is searched; the designer's is {@link FrontierSearch#standard()}. Tests may hold it up. */
    @FunctionalInterface
    public interface Search {
        Frontier run(Topology topology, Journey journey, Scenario scenario, BooleanSupplier cancelled,
                     FrontierSearch.Progress progress);
    }

    /** The designer's search: Lifeboat's own rules. */
    public static final Search STANDARD = (topology, journey, scenario, cancelled, progress) -> FrontierSearch
            .standard().frontier(topology, journey, scenario, cancelled, progress);

    /** Which RPO and RTO are traded: the worst over every scenario ({@link #WORST}), or those under one. */
    public record Scope(Scenario scenario) {
        /** "Worst over all failures", or the scenario's label. */
        public String label() {
            return scenario == null ? "Worst over all failures" : scenario.label();
        }
    }

    /** The worst over every failure scenario: the default. */
    public static final Scope WORST = new Scope(null);

    /** A frontier point or a design placed against the frontier: what a chart marks and a table row shows. */
    public sealed interface Entry permits PointEntry, DesignEntry {
        /** "3" for a point, the design's name ("Baseline", "Proposal A"), already made printable. */
        String label();

        /** The monthly cost in whole cents, as the frontier compares it. */
        long costCents();

        double monthlyCost();

        TimeBound rpo();

        TimeBound rto();

        /** The journey's numbers per scenario. */
        List<Reached> reached();
    }

    /** Frontier point {@code number} (1 = the cheapest). */
    public record PointEntry(int number, Point point) implements Entry {
        @Override
        public String label() {
            return String.valueOf(number);
        }

        @Override
        public long costCents() {
            return point.costCents();
        }

        @Override
        public double monthlyCost() {
            return point.monthlyCost();
        }

        @Override
        public TimeBound rpo() {
            return point.rpo();
        }

        @Override
        public TimeBound rto() {
            return point.rto();
        }

        @Override
        public List<Reached> reached() {
            return point.reached();
        }
    }

    /**
     * A design placed against the frontier.
     *
     * @param design  the frontier's design
     * @param current whether it is the design shown
     * @param label   its name as shown: "Baseline", "Proposal A", or the variant shown's name
     * @param on      the frontier point it sits on, or null
     * @param by      the frontier point that dominates it (the cheapest), or null
     */
    public record DesignEntry(Design design, boolean current, String label, PointEntry on, PointEntry by)
            implements Entry {
        @Override
        public long costCents() {
            return design.costCents();
        }

        @Override
        public double monthlyCost() {
            return design.monthlyCost();
        }

        @Override
        public TimeBound rpo() {
            return design.rpo();
        }

        @Override
        public TimeBound rto() {
            return design.rto();
        }

        @Override
        public List<Reached> reached() {
            return design.reached();
        }

        /** Whether a frontier point is at least as good on all three measures and better on one. */
        public boolean dominated() {
            return by != null;
        }
    }

    private final Search search;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", WORST);
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");
    /** The name of the variant shown when the last search started, or null for the baseline. */
    private String shownAtSearch;

    public FrontierViewModel(DesignerModel model) {
        this(model, STANDARD);
    }

    public FrontierViewModel(DesignerModel model, Search search) {
        super(model, "frontier");
        this.search = Objects.requireNonNull(search, "search");
        scope.addListener((o, a, b) -> {
            if (b == null) {
                scope.set(WORST);
            } else if (attached() && !b.equals(a)) {
                search();
            }
        });
        resultProperty().addListener((o, a, f) -> fillEntries(f));
        selected.addListener((o, a, b) -> {
            if (b != null && !entries.contains(b)) {
                selected.set(a != null && entries.contains(a) ? a : null);
            }
        });
    }

    @Override
    protected Job<Frontier> prepare(Topology shown, Journey journey) {
        shownAtSearch = model().variant();
        // with the baseline shown, its variants come along to be placed against the frontier
        Topology copy = shown.copy(shownAtSearch == null);
        Journey j = copy.journey(journey.id()).orElse(null);
        Scenario scenario = scope.get().scenario();
        return j == null ? null : (cancelled, reporter) -> search.run(copy, j, scenario, cancelled,
                (point, found) -> reporter.stage(found + (found == 1 ? " point" : " points") + " found", -1));
    }

    @Override
    protected String searchingMessage(Journey journey) {
        return "Searching the frontier of " + Printable.echo(journey.name()) + " ("
                + scope.get().label().toLowerCase(java.util.Locale.ROOT) + ")\u2026";
    }

    @Override
    protected String noJourneysMessage() {
        return "The design has no journeys: add one (Analyse \u25B8 New journey from selection) to see its "
                + "frontier.";
    }

    @Override
    protected String failureMessage() {
        return "Could not find the frontier";
    }

    /** Searches the frontier of the chosen journey under the chosen scope, in the background. */
    public void recompute() {
        search();
    }

    private void fillEntries(Frontier f) {
        selected.set(null);
        if (f == null) {
            entries.clear();
            return;
        }
        List<Entry> all = new ArrayList<>();
        List<PointEntry> points = new ArrayList<>();
        for (int i = 0; i < f.points().size(); i++) {
            points.add(new PointEntry(i + 1, f.points().get(i)));
        }
        all.addAll(points);
        String currentName = shownAtSearch == null ? Variant.BASELINE : shownAtSearch;
        all.add(design(f.current(), true, currentName, points));
        for (Design d : f.variants()) {
            all.add(design(d, false, d.name(), points));
        }
        entries.setAll(all);
    }

    private static DesignEntry design(Design d, boolean current, String name, List<PointEntry> points) {
        PointEntry on = null;
        PointEntry by = null;
        for (PointEntry p : points) {
            if (on == null && d.onFrontier() && p.point().sameAs(d.costCents(), d.rpo(), d.rto())) {
                on = p;
            }
            if (by == null && d.dominatedBy() != null && p.point() == d.dominatedBy()) {
                by = p;
            }
        }
        return new DesignEntry(d, current, Printable.echo(name), on, by);
    }

    /**
     * Applies the point's changes to the design shown as one undoable command ("Apply frontier point 3").
     *
     * @return whether it was applied (not when the result is stale, the point changes nothing, or the design refused
     *         a value)
     */
    public boolean apply(PointEntry p) {
        if (!actionable() || !entries.contains(p) || p.point().changes().isEmpty()) {
            return false;
        }
        if (!applyChanges(p.point().changes(), "Apply frontier point " + p.number())) {
            return false;
        }
        say("Applied point " + p.number() + " (" + RecommendationText.costDifference(p.point().option(), prices())
                + "). Undo (Ctrl+Z) takes it back; Recompute searches again.");
        return true;
    }

    /**
     * Makes a new variant of the baseline with the point's values over the design shown, named after the journey and
     * the point ("Edit document: frontier 3"), as one undoable command; the design shown stays.
     *
     * @return the new variant's name, or null when it was not made
     */
    public String makeVariant(PointEntry p) {
        if (!actionable() || !entries.contains(p) || p.point().changes().isEmpty()) {
            return null;
        }
        Frontier f = resultProperty().get();
        String name = variantName(model().baseDocument().baseline(), f.journey().name(), "frontier " + p.number());
        if (!makeVariant(p.point().changes(), name, "Make variant " + Printable.echo(name))) {
            return null;
        }
        say("Made variant \u201C" + Printable.echo(name) + "\u201D at point " + p.number() + ": pick it in the "
                + "toolbar to see it; Recompute places it on the charts.");
        return name;
    }

    /** Whether a point can be applied or made a variant now: the result is fresh and the point changes something. */
    public boolean actionable(Entry e) {
        return e instanceof PointEntry p && actionable() && entries.contains(p) && !p.point().changes().isEmpty();
    }

    /** The RPO and RTO traded; choosing another searches again. Never null ({@link #WORST} by default). */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The scopes to choose from: the worst over all failures, then each scenario. */
    public static List<Scope> scopes() {
        List<Scope> out = new ArrayList<>();
        out.add(WORST);
        for (Scenario s : Scenario.values()) {
            out.add(new Scope(s));
        }
        return out;
    }

    /** The result's points (cheapest first), then the design shown, then its variants; empty without a result. */
    public ObservableList<Entry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The entry picked on a chart or in the table, or null; one of {@link #entries()}. */
    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    /** The design shown, as placed against the result's frontier, or null without a result. */
    public DesignEntry current() {
        return entries.stream().filter(e -> e instanceof DesignEntry d && d.current()).map(DesignEntry.class::cast)
                .findFirst().orElse(null);
    }
}
