package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.AnalysisListener;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.document.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recovery order under the selected scenario: steps wave by wave, and the total against the RTO objective.
 * Component and journey names are shown through {@link Printable}, control and bidi characters escaped.
 */
public final class RecoveryOrderViewModel {

    /** One step; {@code wave} is shown only on the first step of its wave. */
    public record Step(String wave, String component, String action, String duration, String finish,
                       boolean inCycle) {
    }

    private final DesignerModel model;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final AnalysisListener listener = c -> refresh();
    /** The row written for each step of the plan shown, in order, with what it was written from. */
    private List<Written> written = List.of();

    /** A step's row, written from the step, whether it was the first of its wave, and the component's name. */
    private record Written(RecoveryPlan.Step step, boolean first, String name, Step row) {

        /** Whether this row is what the step would be written as (field by field: a thousand steps per edit). */
        boolean is(RecoveryPlan.Step s, boolean firstOfWave) {
            return first == firstOfWave && name == s.component().name() && (step == s
                    || (step.component() == s.component() && step.wave() == s.wave() && step.action() == s.action()
                    && step.inCycle() == s.inCycle() && step.duration().equals(s.duration())
                    && step.prepare().equals(s.prepare()) && step.finish().equals(s.finish())));
        }
    }
    private Document document;

    public RecoveryOrderViewModel(DesignerModel model) {
        this.model = model;
        model.documentProperty().addListener((o, a, b) -> attach(b));
        model.scenarioProperty().addListener(o -> refresh());
        model.journeyProperty().addListener(o -> refresh());
        attach(model.document());
    }

    private void attach(Document d) {
        if (document != null) {
            document.analysis().removeListener(listener);
        }
        document = d;
        d.analysis().addListener(listener);
        refresh();
    }

    /**
     * Rebuilds the rows from the plan. The plan refers to components, not to their names, so the rows are
     * compared instead: a rename shows at once, and only the steps that differ are replaced (an edit that changes
     * nothing shown leaves the table alone).
     */
    public void refresh() {
        RecoveryPlan plan = document.analysis().plan(model.scenario());
        List<Step> list = new ArrayList<>(this.written.size());
        List<Written> written = new ArrayList<>(this.written.size());
        Map<RecoveryPlan.Step, Written> byStep = null;
        for (List<RecoveryPlan.Step> wave : plan.waves()) {
            boolean first = true;
            for (RecoveryPlan.Step s : wave) {
                // a step as it was, of a component named as it was, is the row it was: words are written anew only
                // for the steps an edit changed (a thousand steps, a handful changed); most stay where they were
                int i = written.size();
                Written w = i < this.written.size() ? this.written.get(i) : null;
                if (w == null || !w.is(s, first)) {
                    if (byStep == null) {
                        byStep = new HashMap<>();
                        for (Written old : this.written) {
                            byStep.put(old.step, old);
                        }
                    }
                    w = byStep.get(s);
                    if (w == null || !w.is(s, first)) {
                        w = new Written(s, first, s.component().name(), new Step(first ? "Wave " + s.wave() : "",
                                Printable.of(s.component().name()) + (s.inCycle() ? "  \u26A0 cycle" : ""),
                                s.action().label(), s.overlaps() ? s.prepare() + " + " + s.startPart()
                                : s.duration().toString(), s.finish().toString(), s.inCycle()));
                    }
                }
                written.add(w);
                list.add(w.row);
                first = false;
            }
        }
        this.written = written;
        InPlace.update(steps, list, (a, b) -> a == b || a.equals(b));
        heading.set("Recovery order \u2014 " + model.scenario().label().toLowerCase());
        TimeBound t = plan.total();
        Journey j = model.journey();
        if (plan.waves().isEmpty()) {
            total.set("Nothing to recover in this scenario.");
            verdict.set("");
            return;
        }
        total.set("All back after " + t);
        if (j == null) {
            verdict.set("");
        } else {
            JourneyAssessment ja = document.analysis().journey(j, model.scenario());
            String objective = ja.rtoObjective() == null ? "no RTO objective" : "RTO objective " + ja.rtoObjective();
            String met = ja.meetsRto() == null ? "" : ja.meetsRto() ? "  \u2714 met" : "  \u2716 missed";
            verdict.set(Printable.echo(j.name()) + ": back after " + ja.rto() + " vs " + objective + met);
        }
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The selected journey's RTO against its objective, with ✔/✖. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
