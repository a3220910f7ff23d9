package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The baseline and some of its {@link Variant}s side by side: per journey and scenario, each one's RPO and RTO
 * against the journey's objectives, and for a variant whose numbers differ from the baseline's, the changed
 * settings that explain it ("because orders-db replication mode async -&gt; sync"): the variant's changes of the
 * components in the journey's scope whose own assessment under that scenario changed.
 *
 * <p>What the engine does not know (the monthly cost of a design, how a setting changes performance) comes
 * from {@link Facts}, plugged in by the caller; without them those columns are empty.
 */
public final class Comparison {

    /**
     * Facts about a design that lie outside the RPO/RTO engine, for the comparison's extra columns.
     * Implementations must be pure: the comparison may ask about the same topology more than once.
     */
    public interface Facts {

        /** No costs and no notes: the comparison shows RPO and RTO only. */
        Facts NONE = new Facts() {
            @Override
            public Double monthlyCost(Topology topology) {
                return null;
            }

            @Override
            public List<String> performanceNotes(Component component) {
                return List.of();
            }
        };

        /** The design's monthly cost in its prices' currency, or null when not known. */
        Double monthlyCost(Topology topology);

        /** What the component's settings cost in performance ("+1 zone round trip per commit"); may be empty. */
        List<String> performanceNotes(Component component);
    }

    /**
     * One design of the comparison: the baseline (first) or a variant.
     *
     * @param name        {@link Variant#BASELINE} or the variant's name
     * @param topology    the design (for a variant, the baseline with its changes applied)
     * @param analysis    its analysis
     * @param changes     its changed settings that differ from the baseline's (empty for the baseline)
     * @param monthlyCost its monthly cost in its prices' currency, or null when not known
     */
    public record Column(String name, Topology topology, Analysis analysis, List<SettingChange> changes,
                         Double monthlyCost) {
        public Column {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A setting a variant changes.
     *
     * @param componentId   the component's id
     * @param componentName its name
     * @param setting       the setting
     * @param before        the baseline's value, in the words of the file format ("async", "1h", "none")
     * @param after         the variant's value, likewise
     * @param notesAdded    performance notes of the component in the variant that the baseline's lacks
     * @param notesDropped  performance notes of the component in the baseline that the variant's lacks
     */
    public record SettingChange(String componentId, String componentName, Setting<?> setting, String before,
                                String after, List<String> notesAdded, List<String> notesDropped) {
        public SettingChange {
            notesAdded = List.copyOf(notesAdded);
            notesDropped = List.copyOf(notesDropped);
        }

        /** "orders-db replication mode async -&gt; sync". */
        public String words() {
            return componentName + " " + setting.label().toLowerCase(Locale.ROOT) + " " + before + " -> " + after;
        }
    }

    /**
     * One design's numbers for a journey under a scenario.
     *
     * @param because for a variant whose RPO or RTO differs from the baseline's, the changes that explain it
     */
    public record Cell(TimeBound rpo, TimeBound rto, Boolean meetsRpo, Boolean meetsRto, boolean rpoAssumed,
                       boolean rtoAssumed, List<SettingChange> because) {
        public Cell {
            because = List.copyOf(because);
        }
    }

    /**
     * A journey under a scenario, one cell per column in the columns' order (the baseline first).
     *
     * @param rpoObjective the RPO objective in force under the scenario, or null
     * @param rtoObjective the RTO objective in force, or null
     */
    public record Row(Journey journey, Scenario scenario, TimeBound rpoObjective, TimeBound rtoObjective,
                      List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final List<Column> columns;
    private final List<Row> rows;

    private Comparison(List<Column> columns, List<Row> rows) {
        this.columns = Collections.unmodifiableList(columns);
        this.rows = Collections.unmodifiableList(rows);
    }

    /**
     * Compares the baseline with the given variants of it under the given scenarios.
     *
     * @param analyser makes the analysis of a design (such as {@code RuleBook.standard()::analyse})
     * @param facts    costs and performance notes, or {@link Facts#NONE}
     */
    public static Comparison of(Topology baseline, List<Variant> variants, List<Scenario> scenarios,
                                Function<Topology, ? extends Analysis> analyser, Facts facts) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(analyser, "analyser");
        Objects.requireNonNull(facts, "facts");
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Variant.BASELINE, baseline, analyser.apply(baseline), List.of(),
                facts.monthlyCost(baseline)));
        for (Variant v : variants) {
            Topology t = v.apply(baseline);
            columns.add(new Column(v.name(), t, analyser.apply(t), changes(baseline, t, v, facts),
                    facts.monthlyCost(t)));
        }
        List<Row> rows = new ArrayList<>();
        Column base = columns.get(0);
        for (Journey j : baseline.journeys()) {
            for (Scenario s : scenarios) {
                JourneyAssessment b = base.analysis().journey(j, s);
                List<Cell> cells = new ArrayList<>();
                cells.add(cell(b, List.of()));
                for (Column col : columns.subList(1, columns.size())) {
                    Journey own = col.topology().journey(j.id()).orElseThrow();
                    JourneyAssessment a = col.analysis().journey(own, s);
                    boolean differs = !a.rpo().equals(b.rpo()) || !a.rto().equals(b.rto());
                    cells.add(cell(a, differs ? because(base, col, j, own, s) : List.of()));
                }
                rows.add(new Row(j, s, b.rpoObjective(), b.rtoObjective(), cells));
            }
        }
        return new Comparison(columns, rows);
    }

    private static Cell cell(JourneyAssessment a, List<SettingChange> because) {
        return new Cell(a.rpo(), a.rto(), a.meetsRpo(), a.meetsRto(), a.rpoAssumed(), a.rtoAssumed(), because);
    }

    /** The variant's settings that differ from the baseline's, in the order of components and of their kind. */
    private static List<SettingChange> changes(Topology baseline, Topology applied, Variant v, Facts facts) {
        List<SettingChange> out = new ArrayList<>();
        for (Component c : baseline.components()) {
            var values = v.applicable(c);
            if (values.isEmpty()) {
                continue;
            }
            Component after = applied.component(c.id()).orElseThrow();
            List<String> notesBefore = facts.performanceNotes(c);
            List<String> notesAfter = facts.performanceNotes(after);
            List<String> added = notesAfter.stream().filter(n -> !notesBefore.contains(n)).toList();
            List<String> dropped = notesBefore.stream().filter(n -> !notesAfter.contains(n)).toList();
            for (String key : values.keySet()) {
                Setting<?> s = c.kind().setting(key).orElseThrow();
                String from = s.format(c.value(key));
                String to = s.format(after.value(key));
                if (!from.equals(to)) {
                    // the component's notes go with its first change only, not once per changed setting
                    out.add(new SettingChange(c.id(), c.name(), s, from, to, added, dropped));
                    added = List.of();
                    dropped = List.of();
                }
            }
        }
        return out;
    }

    /**
     * The column's changes that explain why the journey's numbers differ from the baseline's under the scenario:
     * changes of components in the journey's scope whose own numbers changed and could move the journey's.
     * For the RPO (the worst own RPO in scope) a component counts when the worse of its two RPOs is above the
     * better of the journey's two; for the RTO (a chain of recoveries) when it is on either critical path. When
     * nothing passes that test, every scoped change with a changed own assessment is given.
     */
    private static List<SettingChange> because(Column base, Column col, Journey baseJourney, Journey journey,
                                               Scenario s) {
        JourneyAssessment b = base.analysis().journey(baseJourney, s);
        JourneyAssessment v = col.analysis().journey(journey, s);
        Set<Component> scope = ObjectiveBreaches.scope(col.topology(), journey);
        Set<String> onPaths = new HashSet<>();
        b.criticalPath().forEach(c -> onPaths.add(c.id()));
        v.criticalPath().forEach(c -> onPaths.add(c.id()));
        TimeBound betterRpo = b.rpo().min(v.rpo());
        List<SettingChange> precise = new ArrayList<>();
        List<SettingChange> coarse = new ArrayList<>();
        for (SettingChange change : col.changes()) {
            Component after = col.topology().component(change.componentId()).orElseThrow();
            Component before = base.topology().component(change.componentId()).orElseThrow();
            if (!scope.contains(after)) {
                continue;
            }
            ComponentAssessment was = base.analysis().assessment(before, s);
            ComponentAssessment is = col.analysis().assessment(after, s);
            if (was.equals(is)) {
                continue;
            }
            coarse.add(change);
            boolean rpo = !b.rpo().equals(v.rpo()) && !was.rpo().equals(is.rpo())
                    && !(was.rebuildable() && is.rebuildable()) && was.rpo().max(is.rpo()).compareTo(betterRpo) > 0;
            boolean rto = !b.rto().equals(v.rto()) && !was.rto().equals(is.rto())
                    && onPaths.contains(change.componentId());
            if (rpo || rto) {
                precise.add(change);
            }
        }
        return precise.isEmpty() ? coarse : precise;
    }

    /** The baseline first, then each variant compared. */
    public List<Column> columns() {
        return columns;
    }

    /** Every journey under every scenario compared, journey by journey. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The difference of a variant's cell from the baseline's in words: "Place order, node loss: RPO 5s -&gt; 0s
     * because orders-db replication mode async -&gt; sync; +$412/month; +1 zone round trip per commit", or null
     * when its RPO and RTO are the baseline's.
     *
     * @param column the column's index, from 1 (0 is the baseline)
     */
    public String difference(Row row, int column) {
        Cell b = row.cells().get(0);
        Cell v = row.cells().get(column);
        List<String> moves = new ArrayList<>();
        if (!v.rpo().equals(b.rpo())) {
            moves.add("RPO " + b.rpo() + " -> " + v.rpo());
        }
        if (!v.rto().equals(b.rto())) {
            moves.add("RTO " + b.rto() + " -> " + v.rto());
        }
        if (moves.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(row.journey().name()).append(", ")
                .append(row.scenario().label().toLowerCase(Locale.ROOT)).append(": ")
                .append(String.join(", ", moves));
        if (!v.because().isEmpty()) {
            sb.append(" because ").append(String.join(", ", v.because().stream().map(SettingChange::words)
                    .toList()));
        }
        String cost = costDifference(column);
        if (cost != null) {
            sb.append("; ").append(cost);
        }
        List<String> notes = new ArrayList<>();
        for (SettingChange c : v.because()) {
            c.notesAdded().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        }
        for (String n : notes) {
            sb.append("; ").append(n);
        }
        return sb.toString();
    }

    /** The variant's monthly cost against the baseline's, "+$412/month", or null when either is not known. */
    public String costDifference(int column) {
        Double base = columns.get(0).monthlyCost();
        Double cost = columns.get(column).monthlyCost();
        if (base == null || cost == null) {
            return null;
        }
        long delta = Math.round(cost - base);
        // variants change settings, never the design's prices: the baseline's currency is everyone's
        return (delta < 0 ? "-" : "+") + columns.get(0).topology().prices().formatWhole(Math.abs(delta)) + "/month";
    }
}
