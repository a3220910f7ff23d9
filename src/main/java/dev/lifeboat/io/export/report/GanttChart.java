package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.export.diagram.Look;
import dev.lifeboat.io.export.diagram.TextWidths;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scenario's recovery as a Gantt chart, in SVG: one row per component to recover, wave by wave; the part
 * of its recovery that needs no dependency (provisioning, restoring data) from the failure on, lighter; the
 * part that waits for its hard dependencies, darker, from when they are back; the wait between them dashed;
 * each bar in its component's verdict colour. A dashed vertical line marks each journey's RTO objective in
 * force under the scenario, labelled with the journey's estimate. Text is escaped as the rest of the report.
 */
final class GanttChart {

    static final double WIDTH = Report.CONTENT_WIDTH;
    private static final double LABEL_WIDTH = 220;
    private static final double X0 = LABEL_WIDTH + 16;
    private static final double X1 = WIDTH - 24;
    private static final double ROW = 22;
    private static final double WAVE_ROW = 20;
    private static final double BAR = 13;
    private static final double LINE = 15;
    private static final double FONT = 12;
    private static final double SMALL = 11;
    /** The axis steps a chart may use, in seconds: 1s to a year. */
    private static final long[] STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
        21600, 43200, 86400, 172800, 604800, 1209600, 2592000, 7776000, 31536000};

    private GanttChart() {
    }

    /**
     * The chart, or null when the scenario leaves nothing to recover among {@code scope} (null: everything).
     *
     * @param verdicts each component's verdict under the scenario (its bar's colour)
     * @param journeys the journeys whose RTO objectives are drawn
     */
    static String svg(Report report, Scenario scenario, Set<Component> scope, Map<Component, Verdict> verdicts,
                      List<Journey> journeys) {
        RecoveryPlan plan = report.analysis().plan(scenario);
        List<List<RecoveryPlan.Step>> waves = new ArrayList<>();
        for (List<RecoveryPlan.Step> wave : plan.waves()) {
            List<RecoveryPlan.Step> kept = wave.stream().filter(st -> scope == null
                    || scope.contains(st.component())).toList();
            if (!kept.isEmpty()) {
                waves.add(kept);
            }
        }
        if (waves.isEmpty()) {
            return null;
        }
        // the objective lines: each journey with an RTO objective under this scenario
        List<JourneyAssessment> lines = new ArrayList<>();
        for (Journey j : journeys) {
            JourneyAssessment a = report.analysis().journey(j, scenario);
            if (a.rtoObjective() != null && !a.rtoObjective().isUnbounded()) {
                lines.add(a);
            }
        }
        long end = 0;
        for (List<RecoveryPlan.Step> wave : waves) {
            for (RecoveryPlan.Step st : wave) {
                if (!st.finish().isUnbounded()) {
                    end = Math.max(end, st.finish().seconds());
                }
                if (!st.prepare().isUnbounded()) {
                    end = Math.max(end, st.prepare().seconds());
                }
            }
        }
        for (JourneyAssessment a : lines) {
            end = Math.max(end, a.rtoObjective().seconds());
        }
        long step = step(Math.max(end, 1));
        long axisEnd = Math.max(step, ((long) Math.ceil(end * 1.04 / step)) * step);
        Scale x = new Scale(axisEnd);

        double top = 12 + lines.size() * LINE;
        double axisY = top + 14;
        double y = axisY + 8;
        int rows = 0;
        for (List<RecoveryPlan.Step> wave : waves) {
            rows += wave.size();
        }
        double rowsTop = y;
        double height = y + waves.size() * WAVE_ROW + rows * ROW + 10 + 44;

        StringBuilder b = new StringBuilder(4096 + rows * 700);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"").append(n(WIDTH))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
                .append(n(height)).append("\" role=\"img\" font-family=\"").append(Html.escape(Look.FONT_FAMILY))
                .append("\" data-scenario=\"").append(scenario.id()).append("\">");
        b.append("<title>").append(Html.escape("Recovery timeline under " + scenario.label().toLowerCase(Locale.ROOT)))
                .append("</title>");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(Look.WHITE).append("\"/>");

        // the time axis: ticks, labels and light grid lines down the rows
        double gridBottom = rowsTop + waves.size() * WAVE_ROW + rows * ROW;
        for (long t = 0; t <= axisEnd; t += step) {
            double tx = x.at(t);
            b.append("<line x1=\"").append(n(tx)).append("\" y1=\"").append(n(axisY + 2)).append("\" x2=\"")
                    .append(n(tx)).append("\" y2=\"").append(n(gridBottom)).append("\" stroke=\"").append(Look.BORDER)
                    .append("\" stroke-width=\"1\"/>");
            text(b, "tick", tx, axisY, SMALL, false, Look.MUTED, t == 0 ? "0" : TimeBound.ofSeconds(t).toString(),
                    "middle");
        }

        // the objective lines under the bars and their labels, which stay readable; the lines' own labels stacked
        // above the axis, each beside its line
        for (int i = 0; i < lines.size(); i++) {
            JourneyAssessment a = lines.get(i);
            double lx = x.at(a.rtoObjective().seconds());
            double ly = 12 + i * LINE;
            Verdict v = Marks.of(a.meetsRto(), a.rtoAssumed());
            b.append("<g class=\"objective\" data-journey=\"").append(Html.escape(a.journey().id())).append("\">");
            // the line starts under the axis's labels, so that it crosses no label
            b.append("<line x1=\"").append(n(lx)).append("\" y1=\"").append(n(axisY + 3)).append("\" x2=\"").append(n(lx))
                    .append("\" y2=\"").append(n(gridBottom + 4)).append("\" stroke=\"").append(Look.TEXT)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
            String label = a.journey().name() + ": RTO objective " + a.rtoObjective() + ", estimate "
                    + Report.duration(a.rto(), a.rtoAssumed()) + " " + Marks.symbol(v);
            double room = lx > WIDTH / 2 ? lx - 8 : WIDTH - lx - 8;
            String fitted = TextWidths.fit(Printable.of(label), SMALL, false, room);
            boolean left = lx > WIDTH / 2;
            text(b, "objective-label", left ? lx - 5 : lx + 5, ly + 9, SMALL, false, Look.ink(v), fitted,
                    left ? "end" : "start");
            b.append("</g>");
        }

        for (List<RecoveryPlan.Step> wave : waves) {
            text(b, "wave", 8, y + 14, SMALL, true, Look.MUTED, "Wave " + wave.get(0).wave(), "start");
            b.append("<line x1=\"8\" y1=\"").append(n(y + 3)).append("\" x2=\"").append(n(X1)).append("\" y2=\"")
                    .append(n(y + 3)).append("\" stroke=\"").append(Look.BORDER).append("\" stroke-width=\"1\"/>");
            y += WAVE_ROW;
            for (RecoveryPlan.Step st : wave) {
                row(b, st, verdicts.getOrDefault(st.component(), Verdict.NONE), x, y);
                y += ROW;
            }
        }

        legend(b, gridBottom + 22);
        b.append("</svg>");
        return b.toString();
    }

    /** One component's row: its name, the part at once, the wait, the part after its dependencies. */
    private static void row(StringBuilder b, RecoveryPlan.Step st, Verdict verdict, Scale x, double y) {
        String name = Printable.of(st.component().name());
        String colour = Marks.strong(verdict);
        b.append("<g class=\"step\" data-id=\"").append(Html.escape(st.component().id())).append("\">");
        b.append("<title>").append(Html.escape(name + ": " + st.action().label() + ", " + st.duration()
                + (st.overlaps() ? " (" + st.prepare() + " at once, " + st.startPart() + " after its dependencies)"
                : "") + ", back at " + st.finish())).append("</title>");
        text(b, "step-name", 16, y + 15, FONT, false, st.inCycle() ? Look.MISSES : Look.TEXT,
                TextWidths.fit(name + (st.inCycle() ? " (cycle)" : ""), FONT, false, LABEL_WIDTH - 16), "start");
        double barY = y + (ROW - BAR) / 2;
        long prepare = st.prepare().isUnbounded() ? 0 : st.prepare().seconds();
        // when its dependencies are back (its start part can begin no sooner than its preparation ends)
        TimeBound depsBack = st.start();
        double prepEnd = x.at(prepare);
        if (prepare > 0) {
            bar(b, "prepare", x.at(0), prepEnd, barY, colour, 0.35);
        }
        double startX = depsBack.isUnbounded() ? X1 : x.at(Math.max(prepare, depsBack.seconds()));
        if (startX - prepEnd > 1) {
            b.append("<line class=\"wait\" x1=\"").append(n(prepEnd)).append("\" y1=\"").append(n(barY + BAR / 2))
                    .append("\" x2=\"").append(n(startX)).append("\" y2=\"").append(n(barY + BAR / 2))
                    .append("\" stroke=\"").append(Look.MUTED).append("\" stroke-width=\"1.2\" stroke-dasharray=\"3 3\"/>");
        }
        double finishX = st.finish().isUnbounded() ? X1 : x.at(st.finish().seconds());
        if (!depsBack.isUnbounded()) {
            bar(b, "start", startX, finishX, barY, colour, 1);
        }
        String back = st.finish().isUnbounded() ? "cannot recover (unbounded)" : "back at " + st.finish();
        double w = TextWidths.width(back, SMALL, false);
        // beside the bar, on a white ground that the grid and objective lines pass under
        if (finishX + 6 + w <= WIDTH - 2) {
            ground(b, finishX + 4, y + 4, w + 4);
            text(b, "finish", finishX + 6, y + 15, SMALL, false, Look.MUTED, back, "start");
        } else if (startX - 6 - w >= X0 - 4 && startX - 6 - w > prepEnd) {
            ground(b, startX - 8 - w, y + 4, w + 4);
            text(b, "finish", startX - 6, y + 15, SMALL, false, Look.MUTED, back, "end");
        } else {
            text(b, "finish", finishX - 6, y + 15, SMALL, true, Look.WHITE, back, "end");
        }
        b.append("</g>");
    }

    private static void ground(StringBuilder b, double x, double y, double w) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"15\" fill=\"").append(Look.WHITE).append("\"/>");
    }

    private static void bar(StringBuilder b, String cls, double from, double to, double y, String colour,
                            double opacity) {
        double w = Math.max(2, to - from);
        b.append("<rect class=\"").append(cls).append("\" x=\"").append(n(from)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(BAR)).append("\" rx=\"2\" fill=\"")
                .append(colour).append('"');
        if (opacity < 1) {
            b.append(" fill-opacity=\"").append(n(opacity)).append('"');
        }
        b.append("/>");
    }

    private static void legend(StringBuilder b, double y) {
        double x = 16;
        b.append("<g class=\"legend\">");
        bar(b, "legend-prepare", x, x + 22, y - 10, Look.NEUTRAL, 0.35);
        x = legendText(b, x + 28, y, "at once: provisioning, restoring data (needs no dependency)");
        b.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y - 3.5)).append("\" x2=\"").append(n(x + 22))
                .append("\" y2=\"").append(n(y - 3.5)).append("\" stroke=\"").append(Look.MUTED)
                .append("\" stroke-width=\"1.2\" stroke-dasharray=\"3 3\"/>");
        x = legendText(b, x + 28, y, "waits for its dependencies");
        bar(b, "legend-start", x, x + 22, y - 10, Look.NEUTRAL, 1);
        x = legendText(b, x + 28, y, "after its dependencies are back");
        b.append("<line x1=\"").append(n(x + 8)).append("\" y1=\"").append(n(y - 12)).append("\" x2=\"")
                .append(n(x + 8)).append("\" y2=\"").append(n(y + 3)).append("\" stroke=\"").append(Look.TEXT)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        legendText(b, x + 16, y, "a journey's RTO objective");
        text(b, "legend-colours", 16, y + 18, SMALL, false, Look.MUTED, "Colours as on the canvas: red \u2716 misses "
                + "an objective or in a cycle, amber \u26A0 rests on an assumption, green \u2714 meets.", "start");
        b.append("</g>");
    }

    private static double legendText(StringBuilder b, double x, double y, String s) {
        text(b, null, x, y, SMALL, false, Look.MUTED, s, "start");
        return x + TextWidths.width(s, SMALL, false) + 18;
    }

    private static void text(StringBuilder b, String cls, double x, double y, double size, boolean bold,
                             String fill, String text, String anchor) {
        b.append("<text");
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill).append('"')
                .append("start".equals(anchor) ? "" : " text-anchor=\"" + anchor + "\"").append('>')
                .append(Html.escape(text)).append("</text>");
    }

    /** The axis step: the smallest nice step that cuts the time into at most 8 parts. */
    static long step(long end) {
        for (long s : STEPS) {
            if (end / s <= 8) {
                return s;
            }
        }
        long year = STEPS[STEPS.length - 1];
        return (end / (8 * year) + 1) * year;
    }

    /** Seconds to x. */
    private record Scale(long end) {
        double at(long seconds) {
            return X0 + (X1 - X0) * Math.min(seconds, end) / (double) end;
        }
    }

    private static String n(double v) {
        long h = Math.round(v * 100);
        return h % 100 == 0 ? Long.toString(h / 100) : String.format(Locale.ROOT, "%.2f", h / 100.0);
    }
}
