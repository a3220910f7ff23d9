package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A {@link Comparison} as JSON (described in the README): the designs compared with their changes and monthly
 * costs, and per journey and scenario each design's numbers, in the units and conventions of
 * {@link AnalysisJson}.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    /** The comparison as text. */
    public static String write(Comparison comparison, List<Scenario> scenarios) {
        StringWriter out = new StringWriter();
        try {
            write(comparison, scenarios, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streams the comparison to {@code out}, which stays open. */
    public static void write(Comparison comparison, List<Scenario> scenarios, Writer out) throws IOException {
        try (JsonGenerator g = Json.writer().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("name", comparison.columns().get(0).topology().name());
            g.writeArrayFieldStart("scenarios");
            for (Scenario s : scenarios) {
                g.writeString(s.id());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("designs");
            for (int k = 0; k < comparison.columns().size(); k++) {
                design(g, comparison, k);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (Comparison.Row row : comparison.rows()) {
                row(g, comparison, row);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void design(JsonGenerator g, Comparison comparison, int k) throws IOException {
        Comparison.Column col = comparison.columns().get(k);
        g.writeStartObject();
        g.writeStringField("name", col.name());
        g.writeBooleanField("baseline", k == 0);
        if (col.monthlyCost() == null) {
            g.writeNullField("monthly_cost");
        } else {
            g.writeNumberField("monthly_cost", col.monthlyCost());
        }
        if (k > 0) {
            Double base = comparison.columns().get(0).monthlyCost();
            if (base == null || col.monthlyCost() == null) {
                g.writeNullField("monthly_cost_difference");
            } else {
                g.writeNumberField("monthly_cost_difference", col.monthlyCost() - base);
            }
        }
        g.writeArrayFieldStart("changes");
        for (Comparison.SettingChange c : col.changes()) {
            change(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void change(JsonGenerator g, Comparison.SettingChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("component", c.componentId());
        g.writeStringField("setting", c.setting().key());
        g.writeStringField("before", c.before());
        g.writeStringField("after", c.after());
        strings(g, "performance_notes_added", c.notesAdded());
        strings(g, "performance_notes_dropped", c.notesDropped());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, Comparison comparison, Comparison.Row row) throws IOException {
        g.writeStartObject();
        g.writeStringField("journey", row.journey().id());
        g.writeStringField("journey_name", row.journey().name());
        g.writeStringField("scenario", row.scenario().id());
        AnalysisJson.objective(g, "rpo_target_seconds", row.rpoObjective());
        AnalysisJson.objective(g, "rto_target_seconds", row.rtoObjective());
        g.writeArrayFieldStart("designs");
        for (int k = 0; k < row.cells().size(); k++) {
            Comparison.Cell cell = row.cells().get(k);
            g.writeStartObject();
            g.writeStringField("name", comparison.columns().get(k).name());
            AnalysisJson.duration(g, "rpo_seconds", cell.rpo());
            AnalysisJson.duration(g, "rto_seconds", cell.rto());
            AnalysisJson.verdict(g, "meets_rpo", cell.meetsRpo());
            AnalysisJson.verdict(g, "meets_rto", cell.meetsRto());
            g.writeBooleanField("rpo_assumed", cell.rpoAssumed());
            g.writeBooleanField("rto_assumed", cell.rtoAssumed());
            if (k > 0) {
                g.writeArrayFieldStart("because");
                for (Comparison.SettingChange c : cell.because()) {
                    g.writeStartObject();
                    g.writeStringField("component", c.componentId());
                    g.writeStringField("setting", c.setting().key());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("difference", comparison.difference(row, k));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
