package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.AnalysisChange;
import dev.lifeboat.engine.AnalysisListener;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.document.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journeys and their results: one row per journey with objective, estimate and verdict for RPO and
 * RTO under the selected scenario, the same for every scenario (the matrix), and the explanation of a
 * chosen number. Refreshed whenever the analysis reports a change. Names come from files anyone may write:
 * a row's name and the explanation show them through {@link Printable}, control and bidi characters escaped.
 */
public final class ResultsViewModel {

    /** RPO or RTO. */
    public enum Metric { RPO, RTO }

    /**
     * A number with its verdict: met (true), missed (false) or no objective (null), and whether it rests on
     * an assumption. Both tables show a figure through {@link #text()} and colour it by {@link #styleClass()},
     * so that the notation, the symbols and the colour are the same everywhere and always agree.
     */
    public record Figure(TimeBound estimate, TimeBound objective, Boolean met, boolean assumed) {
        /**
         * The estimate with its symbols: "1h  ✖", "5s  ✔", "30m ⚠  ✔" (assumed), "unbounded  ✖", or the
         * estimate alone. Unbounded is spelled out as everywhere else in Lifeboat (explanations, reports).
         */
        public String text() {
            String base = assumed ? estimate + " \u26A0" : estimate.toString();
            return met == null ? base : base + "  " + symbol();
        }

        public String symbol() {
            return met == null ? "" : met ? "\u2714" : "\u2716";
        }

        public String verdict() {
            String v = met == null ? "no objective" : met ? "\u2714 met" : "\u2716 missed";
            return assumed ? v + "; \u26A0 rests on an assumption" : v;
        }

        /**
         * The colour of this number alone: "verdict-misses" (red, ✖) when it misses its objective, else
         * "verdict-assumed" (amber, ⚠) when it rests on an assumption, else "verdict-meets" (green, ✔) when it
         * meets it, else null (no objective, no symbol, no colour).
         */
        public String styleClass() {
            if (Boolean.FALSE.equals(met)) {
                return "verdict-misses";
            }
            if (assumed) {
                return "verdict-assumed";
            }
            return met == null ? null : "verdict-meets";
        }
    }

    /** A journey's row; {@code name} is the journey's name as shown (escaped). */
    public record Row(Journey journey, String name, Figure rpo, Figure rto, Map<Scenario, Figure[]> all,
                      boolean cyclic) {

        /** Whether this row shows the same as {@code other} (the same journey, names, numbers and verdicts). */
        public boolean sameAs(Row other) {
            if (other == null || journey != other.journey || cyclic != other.cyclic || !name.equals(other.name)
                    || !rpo.equals(other.rpo) || !rto.equals(other.rto) || !all.keySet().equals(other.all.keySet())) {
                return false;
            }
            for (Map.Entry<Scenario, Figure[]> e : all.entrySet()) {
                if (!Arrays.equals(e.getValue(), other.all.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The explanation of one number, shown under the tables. */
    public record Explanation(String title, String text, List<Reference> references, List<String> assumptions) {
    }

    private final DesignerModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final AnalysisListener listener = this::refresh;
    private Document document;

    public ResultsViewModel(DesignerModel model) {
        this.model = model;
        model.documentProperty().addListener((o, a, b) -> attach(b));
        model.scenarioProperty().addListener(o -> refresh());
        model.journeyProperty().addListener((o, a, b) -> {
            if (b != explained) {
                explainJourney();
            }
        });
        attach(model.document());
    }

    private void attach(Document d) {
        if (document != null) {
            document.analysis().removeListener(listener);
        }
        document = d;
        d.analysis().addListener(listener);
        explained = null;
        explanation.set(null);
        refresh();
    }

    /**
     * Recomputes every row (a handful of journeys: cheap) and replaces only the rows whose numbers or verdicts
     * changed, so that the tables re-render those rows alone.
     */
    public void refresh() {
        refresh(null);
    }

    /**
     * After an analysis change: the rows, and the explanation only when what it explains may have changed (its
     * journey was recomputed, or a component it quotes), so that an edit elsewhere rewrites and relays out nothing.
     */
    private void refresh(AnalysisChange change) {
        Analysis a = document.analysis();
        List<Row> list = new ArrayList<>();
        for (Journey j : document.topology().journeys()) {
            Map<Scenario, Figure[]> all = new EnumMap<>(Scenario.class);
            boolean cyclic = false;
            for (Scenario s : Scenario.values()) {
                JourneyAssessment ja = a.journey(j, s);
                all.put(s, new Figure[] {new Figure(ja.rpo(), ja.rpoObjective(), ja.meetsRpo(), ja.rpoAssumed()),
                    new Figure(ja.rto(), ja.rtoObjective(), ja.meetsRto(), ja.rtoAssumed())});
                cyclic |= ja.cyclic();
            }
            Figure[] now = all.get(model.scenario());
            list.add(new Row(j, Printable.of(j.name()), now[0], now[1], all, cyclic));
        }
        InPlace.update(rows, list, Row::sameAs);
        if (change != null && !change.everything() && explained != null
                && !change.journeys().contains(explained)
                && java.util.Collections.disjoint(change.components(), explainedAbout)) {
            return;
        }
        // keep the explanation in step with the numbers (and with the selected scenario, if it follows it)
        if (explained == null || byDefault) {
            explainJourney();
        } else {
            if (document.topology().journey(explained.id()).orElse(null) == explained) {
                explain(explained, explainedScenario == null ? model.scenario() : explainedScenario, explainedMetric,
                        explainedScenario == null);
            } else {
                explainJourney();
            }
        }
    }

    private Journey explained;
    /** The components whose own explanations the explanation quotes. */
    private List<Component> explainedAbout = List.of();
    private Scenario explainedScenario;
    private Metric explainedMetric;
    /** Whether the explanation is the selected journey's by default rather than a number the user picked. */
    private boolean byDefault;

    /**
     * Explains the selected journey under the selected scenario until the user picks a number: the RPO when
     * only the RPO misses its objective, else the RTO (the panel never sits empty while a journey is shown).
     */
    private void explainJourney() {
        Journey j = model.journey();
        if (j == null || document.topology().journey(j.id()).orElse(null) != j) {
            explained = null;
            explanation.set(null);
            return;
        }
        JourneyAssessment ja = document.analysis().journey(j, model.scenario());
        boolean rpoOnly = Boolean.FALSE.equals(ja.meetsRpo()) && !Boolean.FALSE.equals(ja.meetsRto());
        explain(j, model.scenario(), rpoOnly ? Metric.RPO : Metric.RTO, true);
        byDefault = true;
    }

    /**
     * Explains a number of the selected-scenario table: the explanation follows later scenario changes.
     */
    public void explainSelected(Journey j, Metric metric) {
        explain(j, model.scenario(), metric, true);
    }

    /** Explains a journey's RPO or RTO under a scenario: the rule text, settings and documentation. */
    public void explain(Journey j, Scenario s, Metric metric) {
        explain(j, s, metric, false);
    }

    private void explain(Journey j, Scenario s, Metric metric, boolean followScenario) {
        byDefault = false;
        explained = j;
        explainedScenario = followScenario ? null : s;
        explainedMetric = metric;
        Analysis a = document.analysis();
        JourneyAssessment ja = a.journey(j, s);
        StringBuilder text = new StringBuilder();
        Set<Reference> refs = new LinkedHashSet<>();
        Set<String> assumptions = new LinkedHashSet<>();
        Figure f = metric == Metric.RPO ? new Figure(ja.rpo(), ja.rpoObjective(), ja.meetsRpo(), ja.rpoAssumed())
                : new Figure(ja.rto(), ja.rtoObjective(), ja.meetsRto(), ja.rtoAssumed());
        String title = Printable.echo(j.name()) + " \u2014 " + metric + " " + f.estimate() + " under "
                + s.label().toLowerCase() + (f.objective() == null ? " (no objective)"
                : " (objective " + f.objective() + ": " + f.verdict() + ")");
        List<Component> about = new ArrayList<>();
        if (metric == Metric.RPO) {
            if (ja.rpoBottleneck() == null) {
                text.append("No component this journey needs loses data in this scenario.");
            } else {
                text.append("Bottleneck: ").append(Printable.echo(ja.rpoBottleneck().name()))
                        .append(ja.rpoPlace() == null ? "" : " (when " + Printable.echo(ja.rpoPlace()) + " is lost)")
                        .append(". ");
                about.add(ja.rpoBottleneck());
            }
        } else {
            if (ja.criticalPath().isEmpty()) {
                text.append("Nothing this journey needs has to recover in this scenario.");
            } else {
                text.append("Critical path: ").append(ja.criticalPath().stream().map(c -> Printable.echo(c.name()))
                        .collect(Collectors.joining(" \u2192 ")))
                        .append(ja.rtoPlace() == null ? "" : " (when " + Printable.echo(ja.rtoPlace()) + " is lost)")
                        .append(". ");
                about.addAll(ja.criticalPath());
            }
        }
        if (ja.cyclic()) {
            text.append("\nThe journey needs a component in a dependency cycle: no recovery order exists for it.");
        }
        for (Component c : about) {
            ComponentAssessment ca = a.assessment(c, s);
            text.append("\n\u2022 ").append(Printable.echo(c.name())).append(" (")
                    .append(metric == Metric.RPO ? "RPO " + ca.rpo() : "RTO " + ca.rto() + ", " + ca.action().label())
                    .append("): ").append(ca.explanation());
            refs.addAll(ca.references());
            assumptions.addAll(ca.assumptions());
        }
        explainedAbout = about;
        Explanation next = new Explanation(title, text.toString(), List.copyOf(refs), List.copyOf(assumptions));
        if (!next.equals(explanation.get())) {
            explanation.set(next);
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public DesignerModel model() {
        return model;
    }
}
