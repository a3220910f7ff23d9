package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The state of Analyse ▸ Recommend: the journey asked about, the search running in the background (its stage and
 * progress, Cancel), its result, and whether the design shown has changed since the search started (then the result
 * is stale: it stays readable, but cannot be applied until it is recomputed); see {@link JourneySearchViewModel}.
 * An option is applied as one undoable command ("Apply recommendation (cheapest)"), or made into a new variant.
 */
public final class RecommendViewModel extends JourneySearchViewModel<Recommendation> {

    /** How a search is made; the designer's is {@link Recommender#standard()}. Tests may slow it down. */
    @FunctionalInterface
    public interface Search {
        Recommendation run(Topology topology, Journey journey, BooleanSupplier cancelled,
                           Recommender.Progress progress);
    }

    /** The designer's search: Lifeboat's own rules. */
    public static final Search STANDARD = (topology, journey, cancelled, progress) -> Recommender.standard()
            .recommend(topology, journey, cancelled, progress);

    private final Search search;

    public RecommendViewModel(DesignerModel model) {
        this(model, STANDARD);
    }

    public RecommendViewModel(DesignerModel model, Search search) {
        super(model, "recommender");
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    protected Job<Recommendation> prepare(Topology shown, Journey journey) {
        Topology copy = shown.copy(false);
        Journey j = copy.journey(journey.id()).orElse(null);
        return j == null ? null : (cancelled, reporter) -> search.run(copy, j, cancelled, reporter::stage);
    }

    @Override
    protected String searchingMessage(Journey journey) {
        return "Searching the menus for " + Printable.echo(journey.name()) + "\u2026";
    }

    @Override
    protected String noJourneysMessage() {
        return "The design has no journeys: add one (Analyse \u25B8 New journey from selection) to ask for a "
                + "recommendation.";
    }

    @Override
    protected String failureMessage() {
        return "Could not recommend";
    }

    /** Searches for the chosen journey, in the background; a search already running is cancelled. */
    public void recommend() {
        search();
    }

    /**
     * Applies an option of the current result to the design shown as one undoable command ("Apply recommendation
     * (cheapest)"), and says whether the journey now meets every objective in the live analysis.
     *
     * @return whether it was applied (not when the result is stale or the design refused a value)
     */
    public boolean apply(Option option) {
        if (!actionable()) {
            return false;
        }
        Recommendation r = resultProperty().get();
        String name = RecommendationText.shortName(option.kinds().get(0));
        if (!applyChanges(option.changes(), "Apply recommendation (" + name + ")")) {
            return false;
        }
        Journey j = model().topology().journey(r.journey().id()).orElse(null);
        boolean meets = j != null && meetsAll(model().document().analysis(), j);
        say("Applied the " + name + " option: " + Printable.echo(r.journey().name())
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
        if (!actionable()) {
            return null;
        }
        Recommendation r = resultProperty().get();
        String kind = RecommendationText.shortName(option.kinds().get(0));
        String name = variantName(model().baseDocument().baseline(), r.journey().name(), kind);
        if (!makeVariant(option.changes(), name, "Make variant " + Printable.echo(name) + " from recommendation ("
                + kind + ")")) {
            return null;
        }
        say("Made variant \u201C" + Printable.echo(name) + "\u201D: pick it in the toolbar to see it, or compare it "
                + "with the baseline.");
        return name;
    }
}
