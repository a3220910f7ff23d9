package dev.lifeboat.ui.present;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The presentation of one journey for a design review: the steps, and what each shows. One step per scenario,
 * from process crash to logical corruption, each with sub-steps that bring the recovery waves back one at a
 * time (the first shows only what fails); then a closing step: the design's variants side by side when it has
 * some, else the journey under every scenario. Everything shown comes from the document's analysis (and, for
 * the variants, a {@link Comparison} made in the background); the view only lays it out. Names are shown
 * through {@link Printable}.
 */
public final class PresentationViewModel {

    /** What a step shows. */
    public enum Kind {
        /** A scenario, with some of its recovery waves back. */
        SCENARIO,
        /** The baseline and its variants side by side. */
        VARIANTS,
        /** The journey under every scenario (a design without variants). */
        SUMMARY
    }

    /**
     * One step.
     *
     * @param scenario  the scenario shown (for the closing step: the last one, which the canvas keeps)
     * @param wavesBack how many recovery waves are back: 0 shows what fails, {@code waves} the whole recovery
     * @param waves     the number of waves of the scenario's recovery plan
     */
    public record Step(Kind kind, Scenario scenario, int wavesBack, int waves) {
    }

    /** A component of the wave shown: its name, what brings it back, how long that takes and when it is back. */
    public record WaveLine(String name, String action, String time) {
    }

    /** A row of the closing table: a scenario, the objectives in force, and per design its RPO and RTO. */
    public record TableRow(Scenario scenario, String objectives, List<Figure[]> designs) {
    }

    private final Document document;
    private final Journey journey;
    private final String designName;
    private final List<Step> steps;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Journey> journeyShown = new ReadOnlyObjectWrapper<>(this, "journey");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    /**
     * Presents the design the designer shows (the baseline or a variant) for its selected journey, or its first
     * journey when none is selected.
     */
    public PresentationViewModel(DesignerModel model) {
        Objects.requireNonNull(model, "model");
        document = model.document();
        Topology t = document.topology();
        Journey j = model.journey();
        journey = j != null && t.journey(j.id()).orElse(null) == j ? j : t.journeys().stream().findFirst()
                .orElse(null);
        journeyShown.set(journey);
        String own = model.baseDocument().baseline().name();
        String name = Printable.echo(own == null || own.isBlank() ? document.displayName() : own);
        designName = document.variant() == null ? name : name + " (" + Printable.echo(document.variant()) + ")";
        Topology baseline = model.baseDocument().baseline();
        List<Step> list = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            int waves = document.analysis().plan(s).waves().size();
            for (int w = 0; w <= waves; w++) {
                list.add(new Step(Kind.SCENARIO, s, w, waves));
            }
        }
        Scenario last = Scenario.values()[Scenario.values().length - 1];
        boolean variants = !baseline.variants().isEmpty() && journey != null;
        list.add(new Step(variants ? Kind.VARIANTS : Kind.SUMMARY, last, 0, 0));
        steps = List.copyOf(list);
        go(0);
        if (variants) {
            Topology copy = baseline.copy(true);
            model.executor().background(() -> Comparison.of(copy, copy.variants(), List.of(Scenario.values()),
                    RuleBook.standard()::analyse, Comparison.Facts.NONE), comparison::set, failure -> { });
        }
    }

    // ---------------------------------------------------------------- moving through the steps

    /** Every step, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** Shows the step at this index (clamped to the steps). */
    public void go(int i) {
        int k = Math.max(0, Math.min(steps.size() - 1, i));
        index.set(k);
        Step s = steps.get(k);
        scenario.set(s.scenario());
        step.set(s);
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(steps.size() - 1);
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    /** The scenario the canvas shows. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The journey presented (fixed for the presentation), or null when the design has none. */
    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journeyShown.getReadOnlyProperty();
    }

    public Journey journey() {
        return journey;
    }

    /** The design and variants compared, once the background work is done; null before, or without variants. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- what the step shows

    /** "Order processing — Place order". */
    public String title() {
        return journey == null ? designName + " \u2014 no journey" : designName + " \u2014 "
                + Printable.echo(journey.name());
    }

    /** "Zone loss — 3/5", "Variants side by side", "Every scenario". */
    public String position() {
        Step s = step.get();
        return switch (s.kind()) {
            case SCENARIO -> s.scenario().label() + " \u2014 " + (s.scenario().ordinal() + 1) + "/"
                    + Scenario.values().length;
            case VARIANTS -> "Variants side by side";
            case SUMMARY -> "Every scenario";
        };
    }

    /** "Step 4 of 17". */
    public String progress() {
        return "Step " + (index.get() + 1) + " of " + steps.size();
    }

    /** What the failure is, and for zone and region loss which place gives the journey its numbers. */
    public String description() {
        Step s = step.get();
        if (s.kind() == Kind.VARIANTS) {
            return "The journey's RPO and RTO in each design, against its objectives.";
        }
        if (s.kind() == Kind.SUMMARY) {
            return "The journey's RPO and RTO under every failure, against its objectives.";
        }
        JourneyAssessment a = assessment();
        String place = a == null ? null : a.rtoPlace() != null ? a.rtoPlace() : a.rpoPlace();
        String where = place == null ? "" : "  Worst " + (s.scenario() == Scenario.ZONE_LOSS ? "zone" : "region")
                + ": " + Printable.echo(place) + ".";
        return s.scenario().description() + where;
    }

    /** The recovery plan of the scenario shown. */
    public RecoveryPlan plan() {
        return document.analysis().plan(step.get().scenario());
    }

    /** The journey under the scenario shown, or null without a journey. */
    public JourneyAssessment assessment() {
        return journey == null ? null : document.analysis().journey(journey, step.get().scenario());
    }

    /** The journey's RPO under the scenario shown, with its objective and verdict, or null without a journey. */
    public Figure rpo() {
        JourneyAssessment a = assessment();
        return a == null ? null : new Figure(a.rpo(), a.rpoObjective(), a.meetsRpo(), a.rpoAssumed());
    }

    /** The journey's RTO under the scenario shown, with its objective and verdict, or null without a journey. */
    public Figure rto() {
        JourneyAssessment a = assessment();
        return a == null ? null : new Figure(a.rto(), a.rtoObjective(), a.meetsRto(), a.rtoAssumed());
    }

    /**
     * "What fails: 3 components down", "Wave 2 of 3 back", "Nothing to recover"; on the closing step, "What each
     * variant changes" or "Objectives met under 3 of 5 failures".
     */
    public String phase() {
        Step s = step.get();
        if (s.kind() == Kind.VARIANTS) {
            return "What each variant changes";
        }
        if (s.kind() == Kind.SUMMARY) {
            if (journey == null) {
                return "";
            }
            long met = java.util.Arrays.stream(Scenario.values())
                    .filter(x -> document.analysis().journey(journey, x).meetsObjectives()).count();
            return "Objectives met under " + met + " of " + Scenario.values().length + " failures";
        }
        if (s.waves() == 0) {
            return "Nothing to recover";
        }
        if (s.wavesBack() == 0) {
            int down = plan().waves().stream().mapToInt(List::size).sum();
            String each = switch (s.scenario().reach()) {
                case ONE_ZONE -> " (each in some zone's loss)";
                case ONE_REGION -> " (each in some region's loss)";
                case EVERYTHING -> "";
            };
            return "What fails: " + down + (down == 1 ? " component down" : " components down") + each;
        }
        return "Wave " + s.wavesBack() + " of " + s.waves() + " back";
    }

    /**
     * The components of the wave that has just come back, each with its action and time; on the first
     * sub-step, every component the failure takes down, with what will bring it back.
     */
    public List<WaveLine> waveLines() {
        Step s = step.get();
        if (s.kind() == Kind.VARIANTS) {
            return changes();
        }
        if (s.kind() != Kind.SCENARIO || s.waves() == 0) {
            return List.of();
        }
        List<WaveLine> lines = new ArrayList<>();
        if (s.wavesBack() == 0) {
            for (List<RecoveryPlan.Step> wave : plan().waves()) {
                for (RecoveryPlan.Step st : wave) {
                    lines.add(new WaveLine(Printable.echo(st.component().name()), st.action().label(),
                            "wave " + st.wave()));
                }
            }
            return lines;
        }
        for (RecoveryPlan.Step st : plan().waves().get(s.wavesBack() - 1)) {
            String time = st.finish().isUnbounded() ? "never back"
                    : "takes " + st.duration() + ", back at " + st.finish();
            lines.add(new WaveLine(Printable.echo(st.component().name()), st.action().label(), time));
        }
        return lines;
    }

    /** Each variant's changed settings: the variant's name, the component, and the setting's change. */
    private List<WaveLine> changes() {
        Comparison c = comparison.get();
        if (c == null) {
            return List.of();
        }
        List<WaveLine> out = new ArrayList<>();
        for (Comparison.Column col : c.columns().subList(1, c.columns().size())) {
            for (Comparison.SettingChange change : col.changes()) {
                out.add(new WaveLine(Printable.echo(change.componentName()), Printable.echo(col.name()),
                        Printable.of(change.setting().label().toLowerCase(java.util.Locale.ROOT) + " "
                                + change.before() + " \u2192 " + change.after())));
            }
        }
        return out;
    }

    /** The closing table's column heads: "Baseline" and the variants, or "RPO" and "RTO" for the summary. */
    public List<String> tableHeads() {
        if (step.get().kind() == Kind.VARIANTS) {
            Comparison c = comparison.get();
            return c == null ? List.of() : c.columns().stream().map(col -> Printable.echo(col.name())).toList();
        }
        return List.of("RPO / RTO");
    }

    /**
     * The closing table's rows, one per scenario: for the variants, each design's RPO and RTO for the journey (empty
     * until the comparison is done); for the summary, the journey's own.
     */
    public List<TableRow> tableRows() {
        if (journey == null) {
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        if (step.get().kind() == Kind.VARIANTS) {
            Comparison c = comparison.get();
            if (c == null) {
                return List.of();
            }
            for (Comparison.Row r : c.rows()) {
                if (r.journey().id().equals(journey.id())) {
                    List<Figure[]> designs = new ArrayList<>();
                    for (Comparison.Cell cell : r.cells()) {
                        designs.add(new Figure[] {
                            new Figure(cell.rpo(), r.rpoObjective(), cell.meetsRpo(), cell.rpoAssumed()),
                            new Figure(cell.rto(), r.rtoObjective(), cell.meetsRto(), cell.rtoAssumed())});
                    }
                    rows.add(new TableRow(r.scenario(), objectives(r.rpoObjective(), r.rtoObjective()), designs));
                }
            }
            return rows;
        }
        for (Scenario s : Scenario.values()) {
            JourneyAssessment a = document.analysis().journey(journey, s);
            rows.add(new TableRow(s, objectives(a.rpoObjective(), a.rtoObjective()), List.<Figure[]>of(new Figure[] {
                new Figure(a.rpo(), a.rpoObjective(), a.meetsRpo(), a.rpoAssumed()),
                new Figure(a.rto(), a.rtoObjective(), a.meetsRto(), a.rtoAssumed())})));
        }
        return rows;
    }

    /**
     * For the variants, each difference from the baseline in words ("Place order, node loss: RPO unbounded -> 5s
     * because ..."), prefixed with the variant's name; empty otherwise.
     */
    public List<String> differences() {
        Comparison c = comparison.get();
        if (step.get().kind() != Kind.VARIANTS || c == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int col = 1; col < c.columns().size(); col++) {
            for (Comparison.Row r : c.rows()) {
                if (r.journey().id().equals(journey.id())) {
                    String d = c.difference(r, col);
                    if (d != null) {
                        out.add(Printable.echo(c.columns().get(col).name()) + ": " + Printable.of(d));
                    }
                }
            }
        }
        return out;
    }

    private static String objectives(Object rpo, Object rto) {
        return (rpo == null ? "none" : rpo.toString()) + " / " + (rto == null ? "none" : rto.toString());
    }
}
