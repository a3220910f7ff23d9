package dev.lifeboat.io.export.drill;

import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a drill's results file (the {@code drill-results-template} export, filled in): RFC 4180 CSV whose header
 * is {@link #COLUMNS}, one row per drill. Journeys, scenarios and components are matched to the design by id or
 * name (ASCII letters in any case); times are ISO 8601 with a zone ({@code 2026-12-01T10:00:00Z} or an offset
 * such as {@code +01:00}); {@code data_lost_seconds} is a non-negative number or empty. A row whose times are
 * both empty is a drill not run yet.
 *
 * <p>A file is read whole or refused with one line naming the file, the row (as a spreadsheet numbers them:
 * the header is row 1) and the column, with what the file holds echoed through {@link Printable}.
 */
public final class DrillResults {

    /** The header of a results file, in order. */
    public static final List<String> COLUMNS = List.of("journey", "scenario", "component", "fault", "started_at",
            "recovered_at", "data_lost_seconds", "notes");

    /** The longest note: a few sentences about what happened. */
    public static final int MAX_NOTES = 2_000;

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,9})?");
    private static final String TIME_EXAMPLE = "(e.g. 2026-12-01T10:15:00Z)";

    /**
     * One row of results.
     *
     * @param row             its number as a spreadsheet shows it (the header is row 1)
     * @param fault           the fault injected: always the scenario's
     * @param startedAt       when the fault was injected, or null when the drill was not run
     * @param recoveredAt     when the journey worked again, or null when the drill was not run
     * @param dataLostSeconds the data lost, as seconds before the fault, or null when not measured
     * @param notes           what a person noted, as written ("" for none)
     */
    public record Row(int row, Journey journey, Scenario scenario, Component component, Fault fault,
                      Instant startedAt, Instant recoveredAt, BigDecimal dataLostSeconds, String notes) {

        public Row {
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(notes, "notes");
        }

        /** Whether the drill was run: both times are given. */
        public boolean run() {
            return startedAt != null;
        }
    }

    private DrillResults() {
    }

    /** Reads a results file against the design it is about. */
    public static List<Row> read(Path file, Topology topology) throws LoadException {
        Objects.requireNonNull(file, "file");
        return read(TopologyFiles.readText(file), file, topology);
    }

    /** Same as {@link #read(Path, Topology)}, from text; {@code source} names it in messages (may be null). */
    public static List<Row> read(String text, Path source, Topology topology) throws LoadException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topology, "topology");
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Csv.Record> records;
        try {
            records = Csv.parse(csv);
        } catch (Csv.Malformed e) {
            throw new LoadException(source, at(e.record, e.field), e.getMessage());
        }
        if (records.isEmpty()) {
            throw new LoadException(source, null, "the file is empty: its first row must be the header "
                    + String.join(",", COLUMNS));
        }
        header(records.get(0), source);
        List<Row> rows = new ArrayList<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue; // an empty line
            }
            if (r.fields().size() != COLUMNS.size()) {
                throw new LoadException(source, "row " + r.number(), r.fields().size() + " fields where the header "
                        + "has " + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")");
            }
            rows.add(new Reader(topology, source, r).row());
        }
        return List.copyOf(rows);
    }

    private static void header(Csv.Record header, Path source) throws LoadException {
        List<String> found = header.fields();
        for (int k = 0; k < COLUMNS.size(); k++) {
            if (k >= found.size()) {
                throw new LoadException(source, "row 1", "the header has no column " + COLUMNS.get(k)
                        + "; it must be " + String.join(",", COLUMNS));
            }
            if (!InputText.equalsIgnoreCase(found.get(k).trim(), COLUMNS.get(k))) {
                throw new LoadException(source, "row 1, column " + (k + 1), quoted(found.get(k)) + " where the header "
                        + "has " + COLUMNS.get(k) + "; it must be " + String.join(",", COLUMNS));
            }
        }
        if (found.size() > COLUMNS.size()) {
            throw new LoadException(source, "row 1, column " + (COLUMNS.size() + 1), quoted(found.get(COLUMNS.size()))
                    + " after the last column; the header must be " + String.join(",", COLUMNS));
        }
    }

    /** Where a CSV problem is: its row, and the column by name when the header has it. */
    private static String at(int record, int field) {
        return "row " + record + (field < COLUMNS.size() ? ", column " + COLUMNS.get(field) : ", column "
                + (field + 1));
    }

    private static String quoted(String value) {
        return "\"" + Printable.echo(value) + "\"";
    }

    /** Reads one row's fields. */
    private static final class Reader {
        private final Topology topology;
        private final Path source;
        private final Csv.Record record;

        Reader(Topology topology, Path source, Csv.Record record) {
            this.topology = topology;
            this.source = source;
            this.record = record;
        }

        Row row() throws LoadException {
            Journey journey = find("journey", topology.journeys(), Journey::id, Journey::name);
            Scenario scenario = scenario();
            Component component = find("component", topology.components(), Component::id, Component::name);
            if (!ObjectiveBreaches.scope(topology, journey).contains(component)) {
                throw fail("component", quoted(value("component")) + " is not a component the journey "
                        + quoted(journey.name()) + " needs (its entries and all they reach through hard "
                        + "dependencies)");
            }
            Fault fault = fault(scenario);
            Instant started = time("started_at");
            Instant recovered = time("recovered_at");
            if (started == null && recovered != null) {
                throw fail("started_at", "empty while recovered_at is given: give both times, or neither for a "
                        + "drill not run yet");
            }
            if (started != null && recovered == null) {
                throw fail("recovered_at", "empty while started_at is given: give both times, or neither for a "
                        + "drill not run yet");
            }
            if (started != null && recovered.isBefore(started)) {
                throw fail("recovered_at", quoted(value("recovered_at")) + " is before started_at ("
                        + Printable.echo(value("started_at")) + ")");
            }
            BigDecimal lost = dataLost();
            String notes = value("notes");
            if (notes.length() > MAX_NOTES) {
                throw fail("notes", "longer than " + MAX_NOTES + " characters (" + notes.length() + ")");
            }
            return new Row(record.number(), journey, scenario, component, fault, started, recovered, lost, notes);
        }

        private String value(String column) {
            return record.fields().get(COLUMNS.indexOf(column));
        }

        private LoadException fail(String column, String reason) {
            return new LoadException(source, "row " + record.number() + ", column " + column, reason);
        }

        /** The one item whose id, or else name, matches: exactly first, then ASCII letters in any case. */
        private <T> T find(String column, Collection<T> items, Function<T, String> id, Function<T, String> name)
                throws LoadException {
            String wanted = value(column).trim();
            if (wanted.isEmpty()) {
                throw fail(column, "empty: give the " + column + "'s id or name");
            }
            if (wanted.length() > InputText.MAX_NAME) {
                throw fail(column, InputText.tooLong(wanted, InputText.MAX_NAME, "an id or a name"));
            }
            List<Function<T, Boolean>> tests = List.of(t -> id.apply(t).equals(wanted),
                    t -> name.apply(t).equals(wanted), t -> InputText.equalsIgnoreCase(id.apply(t), wanted),
                    t -> InputText.equalsIgnoreCase(name.apply(t), wanted));
            for (Function<T, Boolean> test : tests) {
                List<T> found = items.stream().filter(test::apply).limit(2).toList();
                if (found.size() == 1) {
                    return found.get(0);
                }
                if (found.size() > 1) {
                    throw fail(column, quoted(wanted) + " names more than one " + column + ": give its id");
                }
            }
            throw fail(column, "no " + column + " " + quoted(wanted) + " in the design");
        }

        private Scenario scenario() throws LoadException {
            String wanted = value("scenario").trim();
            for (Scenario s : Scenario.values()) {
                if (InputText.equalsIgnoreCase(s.id(), wanted) || InputText.equalsIgnoreCase(s.label(), wanted)) {
                    return s;
                }
            }
            throw fail("scenario", (wanted.isEmpty() ? "empty" : quoted(wanted) + " is not a scenario")
                    + "; the scenarios are " + Arrays.stream(Scenario.values()).map(Scenario::id)
                    .collect(Collectors.joining(", ")));
        }

        private Fault fault(Scenario scenario) throws LoadException {
            String text = value("fault").trim();
            Fault expected = Fault.of(scenario);
            if (text.isEmpty()) {
                return expected;
            }
            Fault f = Fault.byId(text).orElseThrow(() -> fail("fault", quoted(text) + " is not a fault; the faults "
                    + "are " + Fault.ids()));
            if (f != expected) {
                throw fail("fault", quoted(text) + " does not play " + scenario.id() + ": its drills "
                        + expected.id());
            }
            return f;
        }

        private Instant time(String column) throws LoadException {
            String text = value(column).trim();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > InputText.MAX_WORD) {
                throw fail(column, InputText.tooLong(text, InputText.MAX_WORD, "a time"));
            }
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                if (isLocal(text)) {
                    throw fail(column, quoted(text) + " has no time zone: add Z for UTC or an offset such as "
                            + "+01:00 " + TIME_EXAMPLE);
                }
                throw fail(column, quoted(text) + " is not an ISO 8601 time " + TIME_EXAMPLE);
            }
        }

        private static boolean isLocal(String text) {
            try {
                LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        private BigDecimal dataLost() throws LoadException {
            String text = value("data_lost_seconds").trim();
            if (text.isEmpty()) {
                return null;
            }
            if (text.startsWith("-") && NUMBER.matcher(text.substring(1)).matches()) {
                throw fail("data_lost_seconds", quoted(text) + " is negative: the data lost is a number of seconds "
                        + "of at least 0");
            }
            if (!NUMBER.matcher(text).matches()) {
                throw fail("data_lost_seconds", quoted(text) + " is not a number of seconds (e.g. 12 or 0.5; empty "
                        + "when not measured)");
            }
            return new BigDecimal(text);
        }
    }
}
