package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.Frontier.Design;
import dev.lifeboat.engine.recommend.Frontier.Point;
import dev.lifeboat.io.export.diagram.Look;
import dev.lifeboat.io.export.diagram.TextWidths;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One measure of a journey's frontier (its RPO or its RTO) against the monthly cost, in SVG: the cost on a linear
 * axis; the duration on a log scale between a band for 0 at the bottom and a band for unbounded at the top (each
 * only when a value lies there); the frontier's points, numbered as in the section's table, with the staircase of
 * the best value each monthly cost buys (a point above it is on the frontier for the other measure); today's design
 * (a ring) and each variant (a diamond) where they stand, a dominated one with a dotted arrow to the point that
 * dominates it; the objective as a dashed line. Text is escaped as the rest of the report.
 *
 * <p>The two charts of a journey share the cost axis, so that a point stands at the same x in both.
 */
final class FrontierChart {

    static final double WIDTH = 488;
    static final double HEIGHT = 276;
    private static final double LEFT = 74;
    private static final double RIGHT = WIDTH - 16;
    private static final double TOP = 32;
    private static final double BOTTOM = HEIGHT - 40;
    /** The height of the band for unbounded (at the top) and for 0 (at the bottom). */
    private static final double BAND = 20;
    private static final double GAP = 7;
    /** Space kept between the plot's edge and the outermost value. */
    private static final double INSET = 10;
    private static final double FONT = 12;
    private static final double SMALL = 11;
    private static final double DOT = 4.5;
    private static final double RING = 8.5;
    /** The least room between two duration ticks, in pixels. */
    private static final double TICK_ROOM = 22;

    /** Round durations a tick may stand at, in seconds: 1s to a year. */
    private static final long[] NICE = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400,
        21600, 43200, 86400, 172800, 604800, 2592000, 7776000, 31536000};
    /** Of those, the ones a reader reckons in, placed first: 1s, 1m, 1h, 1d, 7d, 30d, 365d, then 10s, 10m, 6h. */
    private static final long[] MAJOR = {1, 60, 3600, 86400, 604800, 2592000, 31536000, 10, 600, 21600};

    /** An objective's dashed line: the value and how the line is labelled. */
    record Objective(TimeBound value, String label) {
    }

    private FrontierChart() {
    }

    /**
     * The chart of one measure.
     *
     * @param rpo       the RPO (else the RTO)
     * @param title     the chart's heading ("Worst RPO against monthly cost")
     * @param objective the objective's line, or null for none
     */
    static String svg(Frontier f, boolean rpo, String title, Objective objective, Prices prices) {
        List<Point> points = f.points();
        List<Design> designs = designs(f);
        Costs x = Costs.of(f);
        List<TimeBound> values = new ArrayList<>();
        points.forEach(p -> values.add(measure(p.rpo(), p.rto(), rpo)));
        designs.forEach(d -> values.add(measure(d.rpo(), d.rto(), rpo)));
        Durations y = Durations.of(values, objective == null ? null : objective.value());
        String measure = rpo ? "RPO" : "RTO";

        StringBuilder b = new StringBuilder(6144 + 600 * (points.size() + designs.size()));
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"frontier-chart\" width=\"").append(n(WIDTH))
                .append("\" height=\"").append(n(HEIGHT)).append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
                .append(n(HEIGHT)).append("\" role=\"img\" font-family=\"").append(Html.escape(Look.FONT_FAMILY))
                .append("\" data-measure=\"").append(rpo ? "rpo" : "rto").append("\">");
        b.append("<title>").append(Html.escape(title + ": " + f.journey().name())).append("</title>");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(Look.WHITE).append("\"/>");
        text(b, "chart-title", 6, 17, FONT, true, Look.TEXT, TextWidths.fit(title, FONT, true, WIDTH - 12), "start");

        // the bands for unbounded and for 0, shaded: they stand off the log scale
        if (y.unbounded) {
            band(b, "band-unbounded", TOP, "unbounded");
        }
        if (y.zero) {
            band(b, "band-zero", BOTTOM - BAND, "0s");
        }
        for (long t : y.ticks) {
            double ty = y.at(TimeBound.ofSeconds(t));
            line(b, "grid", LEFT, ty, RIGHT, ty, Look.BORDER, 1, null);
            text(b, "tick", LEFT - 6, ty + 4, SMALL, false, Look.MUTED, TimeBound.ofSeconds(t).toString(), "end");
        }
        // the cost axis: ticks and light grid lines up the plot, skipping labels that would touch
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double c : x.ticks) {
            double tx = x.at(c);
            line(b, "grid", tx, TOP, tx, BOTTOM, Look.BORDER, 1, null);
            String label = prices.formatWhole(c);
            double w = TextWidths.width(label, SMALL, false);
            if (tx - w / 2 > lastRight + 8 && tx + w / 2 <= WIDTH - 2) {
                text(b, "tick", tx, BOTTOM + 15, SMALL, false, Look.MUTED, label, "middle");
                lastRight = tx + w / 2;
            }
        }
        line(b, "axis", LEFT, BOTTOM, RIGHT, BOTTOM, Look.MUTED, 1, null);
        line(b, "axis", LEFT, TOP, LEFT, BOTTOM, Look.MUTED, 1, null);
        text(b, "axis-label", (LEFT + RIGHT) / 2, BOTTOM + 32, SMALL, false, Look.MUTED, "monthly cost", "middle");

        // where the designs stand, grouped when they stand at the same place
        Map<String, List<Design>> at = new LinkedHashMap<>();
        for (Design d : designs) {
            at.computeIfAbsent(n(x.at(d.monthlyCost())) + "," + n(y.at(measure(d.rpo(), d.rto(), rpo))),
                    k -> new ArrayList<>()).add(d);
        }
        // the marks first, so that no label covers one: the points, the designs, the arrows
        Labels labels = new Labels();
        for (Point p : points) {
            double px = x.at(p.monthlyCost());
            double py = y.at(measure(p.rpo(), p.rto(), rpo));
            labels.taken(px - DOT - 1, py - DOT - 1, 2 * DOT + 2, 2 * DOT + 2);
        }
        for (List<Design> here : at.values()) {
            Design d = here.get(0);
            double r = (here.contains(f.current()) && here.size() > 1 ? RING + 3.5 : RING) + 1;
            labels.taken(x.at(d.monthlyCost()) - r, y.at(measure(d.rpo(), d.rto(), rpo)) - r, 2 * r, 2 * r);
        }
        StringBuilder arrows = new StringBuilder();
        for (Design d : designs) {
            if (d.dominatedBy() != null) {
                arrow(arrows, labels, x.at(d.monthlyCost()), y.at(measure(d.rpo(), d.rto(), rpo)),
                        x.at(d.dominatedBy().monthlyCost()),
                        y.at(measure(d.dominatedBy().rpo(), d.dominatedBy().rto(), rpo)));
            }
        }

        // the staircase: from the cheapest point, the best value reached so far, stepping down where a point betters
        // it, then on to the right edge; labels keep off it where they can
        List<double[]> corners = new ArrayList<>();
        TimeBound best = null;
        for (Point p : points) {
            TimeBound v = measure(p.rpo(), p.rto(), rpo);
            double px = x.at(p.monthlyCost());
            if (best == null) {
                corners.add(new double[] {px, y.at(v)});
                best = v;
            } else if (capped(v) < capped(best)) {
                corners.add(new double[] {px, corners.get(corners.size() - 1)[1]});
                corners.add(new double[] {px, y.at(v)});
                best = v;
            }
        }
        StringBuilder path = new StringBuilder();
        if (!corners.isEmpty()) {
            corners.add(new double[] {RIGHT, corners.get(corners.size() - 1)[1]});
            for (int k = 0; k < corners.size(); k++) {
                path.append(k == 0 ? "M" : " L").append(n(corners.get(k)[0])).append(' ').append(n(corners.get(k)[1]));
                if (k > 0) {
                    labels.avoid(corners.get(k - 1), corners.get(k));
                }
            }
        }

        // the objective, under the points, labelled at whichever end of it is free
        if (objective != null) {
            double oy = y.at(objective.value());
            b.append("<g class=\"objective\">");
            line(b, null, LEFT, oy, RIGHT, oy, Look.TEXT, 1.5, "6 4");
            String label = TextWidths.fit(Printable.of(objective.label()), SMALL, false, RIGHT - LEFT - 8);
            double w = TextWidths.width(label, SMALL, false);
            double[] spot = labels.along(w, oy);
            ground(b, spot[0] - 2, spot[1] - SMALL * 0.85, w + 4);
            text(b, "objective-label", spot[0], spot[1], SMALL, false, Look.TEXT, label, "start");
            b.append("</g>");
        }

        if (!corners.isEmpty()) {
            b.append("<path class=\"staircase\" d=\"").append(path).append("\" fill=\"none\" stroke=\"")
                    .append(Look.ACCENT).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        }
        b.append(arrows);

        // the points, numbered as in the table
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double px = x.at(p.monthlyCost());
            double py = y.at(measure(p.rpo(), p.rto(), rpo));
            b.append("<g class=\"point\" data-point=\"").append(i + 1).append("\">");
            b.append("<title>").append(Html.escape("Point " + (i + 1) + ": " + prices.formatWhole(p.monthlyCost())
                    + "/month, " + measure + " " + measure(p.rpo(), p.rto(), rpo))).append("</title>");
            b.append("<circle cx=\"").append(n(px)).append("\" cy=\"").append(n(py)).append("\" r=\"").append(n(DOT))
                    .append("\" fill=\"").append(Look.ACCENT).append("\" stroke=\"").append(Look.WHITE)
                    .append("\" stroke-width=\"1.2\"/>");
            String number = Integer.toString(i + 1);
            // beside the ring (and diamond) of a design standing there, else beside the dot
            List<Design> there = at.getOrDefault(n(px) + "," + n(py), List.of());
            double gap = there.isEmpty() ? DOT + 2 : there.contains(f.current())
                    && there.size() > 1 ? RING + 5.5 : RING + 2;
            double[] spot = labels.place(number, SMALL, true, px, py, gap, false);
            if (spot != null) {
                text(b, "point-number", spot[0], spot[1], SMALL, true, Look.ACCENT, number, "start");
            }
            b.append("</g>");
        }

        // today's design and the variants, over the points
        for (List<Design> here : at.values()) {
            Design d = here.get(0);
            double dx = x.at(d.monthlyCost());
            double dy = y.at(measure(d.rpo(), d.rto(), rpo));
            boolean today = here.contains(f.current());
            boolean variant = here.stream().anyMatch(v -> v != f.current());
            b.append("<g class=\"design").append(here.stream().anyMatch(Design::dominated) ? " dominated" : "")
                    .append("\">");
            String label = label(here, f);
            b.append("<title>").append(Html.escape(label + ": " + prices.formatWhole(d.monthlyCost()) + "/month, "
                    + measure + " " + measure(d.rpo(), d.rto(), rpo))).append("</title>");
            if (today) {
                b.append("<circle class=\"today\" cx=\"").append(n(dx)).append("\" cy=\"").append(n(dy))
                        .append("\" r=\"").append(n(RING)).append("\" fill=\"none\" stroke=\"").append(Look.TEXT)
                        .append("\" stroke-width=\"2\"/>");
            }
            if (variant) {
                double r = today ? RING + 3.5 : RING;
                b.append("<path class=\"variant\" d=\"M").append(n(dx)).append(' ').append(n(dy - r)).append(" L")
                        .append(n(dx + r)).append(' ').append(n(dy)).append(" L").append(n(dx)).append(' ')
                        .append(n(dy + r)).append(" L").append(n(dx - r)).append(' ').append(n(dy))
                        .append(" Z\" fill=\"none\" stroke=\"").append(Look.TEXT).append("\" stroke-width=\"1.5\"/>");
            }
            String fitted = TextWidths.fit(label, SMALL, true, 210);
            double[] spot = labels.place(fitted, SMALL, true, dx, dy, RING + 3, true);
            if (spot == null) {
                spot = new double[] {dx + RING + 3, dy - RING - 3};
            }
            double w = TextWidths.width(fitted, SMALL, true);
            ground(b, spot[0] - 2, spot[1] - SMALL * 0.85, w + 4);
            text(b, "design-label", spot[0], spot[1], SMALL, true, Look.TEXT, fitted, "start");
            b.append("</g>");
        }
        b.append("</svg>");
        return b.toString();
    }

    /**
     * The key to a journey's charts, one line under both (wrapped when it does not fit): the staircase, a point,
     * today's design, a variant (when there is one), a dominated design's arrow (when one is), the objective (when
     * one is drawn).
     */
    static String legend(double width, boolean variants, boolean dominated, boolean objective) {
        List<String> items = new ArrayList<>(List.of("staircase", "point", "today"));
        if (variants) {
            items.add("variant");
        }
        if (dominated) {
            items.add("dominated");
        }
        if (objective) {
            items.add("objective");
        }
        StringBuilder body = new StringBuilder(2048);
        double x = 4;
        double y = 15;
        for (String item : items) {
            String words = switch (item) {
                case "staircase" -> "the best value each monthly cost buys";
                case "point" -> "a point of the frontier, numbered as in the table";
                case "today" -> "today\u2019s design";
                case "variant" -> "a variant";
                case "dominated" -> "dominated: to the point that does better for no more";
                default -> "the objective";
            };
            double w = 30 + TextWidths.width(words, SMALL, false);
            if (x + w > width - 4 && x > 4) {
                x = 4;
                y += 20;
            }
            double mid = y - 4;
            switch (item) {
                case "staircase" -> body.append("<path d=\"M").append(n(x)).append(' ').append(n(mid - 5))
                        .append(" H").append(n(x + 11)).append(" V").append(n(mid + 4)).append(" H").append(n(x + 22))
                        .append("\" fill=\"none\" stroke=\"").append(Look.ACCENT).append("\" stroke-width=\"2.5\"/>");
                case "point" -> body.append("<circle cx=\"").append(n(x + 11)).append("\" cy=\"").append(n(mid))
                        .append("\" r=\"").append(n(DOT)).append("\" fill=\"").append(Look.ACCENT).append("\"/>");
                case "today" -> body.append("<circle cx=\"").append(n(x + 11)).append("\" cy=\"").append(n(mid))
                        .append("\" r=\"").append(n(RING - 1.5)).append("\" fill=\"none\" stroke=\"")
                        .append(Look.TEXT).append("\" stroke-width=\"2\"/>");
                case "variant" -> body.append("<path d=\"M").append(n(x + 11)).append(' ').append(n(mid - 7))
                        .append(" L").append(n(x + 18)).append(' ').append(n(mid)).append(" L").append(n(x + 11))
                        .append(' ').append(n(mid + 7)).append(" L").append(n(x + 4)).append(' ').append(n(mid))
                        .append(" Z\" fill=\"none\" stroke=\"").append(Look.TEXT).append("\" stroke-width=\"1.5\"/>");
                case "dominated" -> {
                    line(body, null, x, mid, x + 16, mid, Look.MUTED, 1.4, "2 3");
                    body.append("<path d=\"M").append(n(x + 23)).append(' ').append(n(mid)).append(" L")
                            .append(n(x + 16)).append(' ').append(n(mid - 4)).append(" L").append(n(x + 16))
                            .append(' ').append(n(mid + 4)).append(" Z\" fill=\"").append(Look.MUTED).append("\"/>");
                }
                default -> line(body, null, x, mid, x + 22, mid, Look.TEXT, 1.5, "6 4");
            }
            text(body, null, x + 28, y, SMALL, false, Look.MUTED, words, "start");
            x += w + 26;
        }
        double height = y + 7;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"frontier-legend\" width=\"" + n(width)
                + "\" height=\"" + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" font-family=\""
                + Html.escape(Look.FONT_FAMILY) + "\"><title>Key to the charts</title>" + body + "</svg>";
    }

    /** Today's design, then the variants. */
    static List<Design> designs(Frontier f) {
        List<Design> out = new ArrayList<>();
        out.add(f.current());
        out.addAll(f.variants());
        return out;
    }

    /** How a design is named on the chart and in the table: "Today" for the design as it is, else its name. */
    static String name(Design d, Frontier f) {
        return d == f.current() ? "Today" : Printable.of(d.name());
    }

    /**
     * The label of the designs standing at one place: their names, and for those not on the frontier why: "Today:
     * dominated by 1", "Proposal A: beyond the menus".
     */
    static String label(List<Design> here, Frontier f) {
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        for (Design d : here) {
            byStatus.computeIfAbsent(status(d, f), k -> new ArrayList<>()).add(name(d, f));
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, names) -> parts.add(String.join(", ", names)
                + (status.isEmpty() ? "" : ": " + status)));
        return String.join("; ", parts);
    }

    /** "" on the frontier, "dominated by 2", "beyond the menus", or "not placed" when the search was cut short. */
    static String status(Design d, Frontier f) {
        if (d.onFrontier()) {
            return "";
        }
        if (d.dominatedBy() != null) {
            return "dominated by " + (f.points().indexOf(d.dominatedBy()) + 1);
        }
        return f.proven() ? "beyond the menus" : "not placed";
    }

    static TimeBound measure(TimeBound rpo, TimeBound rto, boolean isRpo) {
        return isRpo ? rpo : rto;
    }

    private static long capped(TimeBound t) {
        return Frontier.isUnbounded(t) ? Long.MAX_VALUE : t.seconds();
    }

    /** A shaded band off the log scale, with its label on the axis. */
    private static void band(StringBuilder b, String cls, double top, String label) {
        b.append("<rect class=\"").append(cls).append("\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top))
                .append("\" width=\"").append(n(RIGHT - LEFT)).append("\" height=\"").append(n(BAND))
                .append("\" fill=\"").append(Look.CANVAS).append("\" stroke=\"").append(Look.BORDER)
                .append("\" stroke-width=\"1\"/>");
        text(b, "tick", LEFT - 6, top + BAND / 2 + 4, SMALL, false, Look.MUTED, label, "end");
    }

    /** A dotted arrow from a dominated design to the point that dominates it (none when they stand together). */
    private static void arrow(StringBuilder b, Labels labels, double fromX, double fromY, double toX, double toY) {
        double dx = toX - fromX;
        double dy = toY - fromY;
        double length = Math.hypot(dx, dy);
        if (length < RING + DOT + 8) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double sx = fromX + ux * (RING + 2);
        double sy = fromY + uy * (RING + 2);
        double ex = toX - ux * (DOT + 3);
        double ey = toY - uy * (DOT + 3);
        for (double k = 0; k <= 1; k += 6 / Math.hypot(ex - sx, ey - sy)) {
            labels.taken(sx + (ex - sx) * k - 2, sy + (ey - sy) * k - 2, 4, 4);
        }
        b.append("<g class=\"dominated-by\">");
        line(b, null, sx, sy, ex - ux * 5, ey - uy * 5, Look.MUTED, 1.4, "2 3");
        // the head: a small filled triangle at the point's end
        double hx = ex - ux * 7;
        double hy = ey - uy * 7;
        b.append("<path d=\"M").append(n(ex)).append(' ').append(n(ey)).append(" L").append(n(hx - uy * 4))
                .append(' ').append(n(hy + ux * 4)).append(" L").append(n(hx + uy * 4)).append(' ')
                .append(n(hy - ux * 4)).append(" Z\" fill=\"").append(Look.MUTED).append("\"/>");
        b.append("</g>");
    }

    private static void line(StringBuilder b, String cls, double x1, double y1, double x2, double y2, String stroke,
                             double width, String dash) {
        b.append("<line");
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append(" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        b.append("/>");
    }

    /** A white ground under a label, so that grid lines and the staircase pass under it. */
    private static void ground(StringBuilder b, double x, double y, double w) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(SMALL + 2)).append("\" fill=\"").append(Look.WHITE)
                .append("\" fill-opacity=\"0.85\"/>");
    }

    static void text(StringBuilder b, String cls, double x, double y, double size, boolean bold, String fill,
                     String text, String anchor) {
        b.append("<text");
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill).append('"')
                .append("start".equals(anchor) ? "" : " text-anchor=\"" + anchor + "\"").append('>')
                .append(Html.escape(text)).append("</text>");
    }

    static String n(double v) {
        long h = Math.round(v * 100);
        return h % 100 == 0 ? Long.toString(h / 100) : String.format(Locale.ROOT, "%.2f", h / 100.0);
    }

    /** The cost axis, shared by a journey's two charts: every point's and design's monthly cost, with room. */
    record Costs(double from, double to, List<Double> ticks) {

        static Costs of(Frontier f) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Point p : f.points()) {
                min = Math.min(min, p.monthlyCost());
                max = Math.max(max, p.monthlyCost());
            }
            for (Design d : designs(f)) {
                min = Math.min(min, d.monthlyCost());
                max = Math.max(max, d.monthlyCost());
            }
            double span = max - min;
            double pad = span < Math.max(1, Math.abs(max) * 0.02) ? Math.max(1, Math.abs(max) * 0.05) : span * 0.08;
            double lo = min - pad;
            double hi = max + pad;
            if (min >= 0) {
                lo = Math.max(0, lo);
            }
            // whole units of the currency, as the ticks are written
            double step = Math.max(1, niceStep((hi - lo) / 4));
            double from = Math.floor(lo / step) * step;
            double to = Math.ceil(hi / step) * step;
            List<Double> ticks = new ArrayList<>();
            for (int k = 0; from + k * step <= to + step / 1000; k++) {
                ticks.add(from + k * step);
            }
            return new Costs(from, to, ticks);
        }

        /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code raw}. */
        static double niceStep(double raw) {
            double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * power >= raw * 0.999) {
                    return m * power;
                }
            }
            return 10 * power;
        }

        double at(double cost) {
            return LEFT + INSET + (RIGHT - LEFT - 2 * INSET) * (cost - from) / (to - from);
        }
    }

    /**
     * The duration axis: a log scale between round durations around the values, with a band for unbounded above it
     * when a value is unbounded and one for 0 below it when a value (or the objective) is 0.
     */
    static final class Durations {
        final boolean unbounded;
        final boolean zero;
        final long from;
        final long to;
        final double logTop;
        final double logBottom;
        final List<Long> ticks = new ArrayList<>();

        private Durations(boolean unbounded, boolean zero, long from, long to) {
            this.unbounded = unbounded;
            this.zero = zero;
            this.from = from;
            this.to = to;
            this.logTop = (unbounded ? TOP + BAND + GAP : TOP) + INSET;
            this.logBottom = (zero ? BOTTOM - BAND - GAP : BOTTOM) - INSET;
        }

        static Durations of(List<TimeBound> values, TimeBound objective) {
            boolean unbounded = false;
            boolean zero = false;
            long min = Long.MAX_VALUE;
            long max = 0;
            List<TimeBound> all = new ArrayList<>(values);
            if (objective != null) {
                all.add(objective);
            }
            for (TimeBound t : all) {
                if (Frontier.isUnbounded(t)) {
                    unbounded = true;
                } else if (t.seconds() == 0) {
                    zero = true;
                } else {
                    min = Math.min(min, t.seconds());
                    max = Math.max(max, t.seconds());
                }
            }
            int lo;
            int hi;
            if (max == 0) {
                // nothing between 0 and unbounded: a minute to a day, for scale
                lo = index(60);
                hi = index(86400);
            } else {
                lo = 0;
                while (lo + 1 < NICE.length && NICE[lo + 1] <= min) {
                    lo++;
                }
                hi = NICE.length - 1;
                while (hi > 0 && NICE[hi - 1] >= max) {
                    hi--;
                }
            }
            long to = max > NICE[NICE.length - 1] ? (long) Math.ceil(max / (double) NICE[NICE.length - 1])
                    * NICE[NICE.length - 1] : NICE[hi];
            // at least a factor of 30 between the ends, so that a single value is not alone on a flat axis
            while (to / (double) NICE[lo] < 30) {
                if (hi + 1 < NICE.length && (lo == 0 || (hi - lo) % 2 == 0)) {
                    hi++;
                    to = Math.max(to, NICE[hi]);
                } else if (lo > 0) {
                    lo--;
                } else {
                    break;
                }
            }
            Durations d = new Durations(unbounded, zero, NICE[lo], to);
            d.tick();
            return d;
        }

        private static int index(long seconds) {
            for (int i = 0; i < NICE.length; i++) {
                if (NICE[i] == seconds) {
                    return i;
                }
            }
            throw new IllegalArgumentException(seconds + " is not a round duration");
        }

        /** The ticks: the major round durations, then both ends, then the others, each where it has room. */
        private void tick() {
            List<Long> candidates = new ArrayList<>();
            for (long m : MAJOR) {
                candidates.add(m);
            }
            candidates.add(from);
            candidates.add(to);
            for (long m : NICE) {
                candidates.add(m);
            }
            for (long t : candidates) {
                if (t < from || t > to || ticks.contains(t)) {
                    continue;
                }
                double ty = at(TimeBound.ofSeconds(t));
                if (ticks.stream().allMatch(o -> Math.abs(at(TimeBound.ofSeconds(o)) - ty) >= TICK_ROOM)) {
                    ticks.add(t);
                }
            }
            ticks.sort(Long::compare);
        }

        double at(TimeBound t) {
            if (Frontier.isUnbounded(t)) {
                return TOP + BAND / 2;
            }
            if (t.seconds() == 0) {
                return BOTTOM - BAND / 2;
            }
            double share = (Math.log(t.seconds()) - Math.log(from)) / (Math.log(to) - Math.log(from));
            return logBottom - (logBottom - logTop) * Math.max(0, Math.min(1, share));
        }
    }

    /**
     * Where labels went, so that the next one finds a free place beside its mark; and the lines they keep off where
     * they can (the staircase).
     */
    private static final class Labels {
        private final List<double[]> boxes = new ArrayList<>();
        private final List<double[]> soft = new ArrayList<>();

        void taken(double x, double y, double w, double h) {
            boxes.add(new double[] {x, y, w, h});
        }

        /** A line segment labels keep off when they find room elsewhere. */
        void avoid(double[] from, double[] to) {
            double length = Math.hypot(to[0] - from[0], to[1] - from[1]);
            for (double k = 0; k <= length; k += 4) {
                double t = length == 0 ? 0 : k / length;
                soft.add(new double[] {from[0] + (to[0] - from[0]) * t - 1.5, from[1] + (to[1] - from[1]) * t - 1.5, 3,
                    3});
            }
        }

        /**
         * Where a line's label goes: above its right end, else above its left end, else below either (the first free);
         * the baseline's start. It is kept clear of the labels placed after it.
         */
        double[] along(double w, double lineY) {
            double h = SMALL;
            List<double[]> tries = List.of(new double[] {RIGHT - 2 - w, lineY - 5},
                    new double[] {LEFT + 6, lineY - 5}, new double[] {RIGHT - 2 - w, lineY + 5 + h * 0.8},
                    new double[] {LEFT + 6, lineY + 5 + h * 0.8});
            for (boolean strict : new boolean[] {true, false}) {
                for (double[] t : tries) {
                    if (t[1] - h * 0.85 >= TOP - 2 && t[1] <= BOTTOM
                            && free(t[0] - 2, t[1] - h * 0.85, w + 4, h + 2, strict)) {
                        taken(t[0] - 2, t[1] - h * 0.85, w + 4, h + 2);
                        return t;
                    }
                }
            }
            double[] t = lineY - 5 - h < TOP ? tries.get(2) : tries.get(0);
            taken(t[0] - 2, t[1] - h * 0.85, w + 4, h + 2);
            return t;
        }

        private boolean free(double x, double y, double w, double h, boolean strict) {
            return boxes.stream().noneMatch(o -> overlap(o, x, y, w, h))
                    && (!strict || soft.stream().noneMatch(o -> overlap(o, x, y, w, h)));
        }

        private static boolean overlap(double[] o, double x, double y, double w, double h) {
            return x < o[0] + o[2] && o[0] < x + w && y < o[1] + o[3] && o[1] < y + h;
        }

        /**
         * A free place for a label beside a mark at (x, y), at {@code gap} from it: to its upper right first, then on
         * its level to the right, lower right, upper left, lower left, then further up or down ({@code far}); off the
         * lines to avoid where there is such a place. The baseline's start, or null when every place is taken.
         */
        double[] place(String label, double size, boolean bold, double x, double y, double gap, boolean far) {
            double w = TextWidths.width(label, size, bold);
            double h = size;
            List<double[]> tries = new ArrayList<>();
            int steps = far ? 6 : 1;
            for (int k = 0; k < steps; k++) {
                double up = gap + k * (h + 2);
                tries.add(new double[] {x + gap, y - up + h * 0.75});
                tries.add(new double[] {x + gap, y + up + h * 0.6});
                tries.add(new double[] {x - gap - w, y - up + h * 0.75});
                tries.add(new double[] {x - gap - w, y + up + h * 0.6});
            }
            tries.add(1, new double[] {x + gap + 2, y + h * 0.35});
            for (boolean strict : new boolean[] {true, false}) {
                for (double[] t : tries) {
                    double bx = t[0] - 1;
                    double by = t[1] - h * 0.85;
                    if (bx < 2 || bx + w + 2 > WIDTH - 2 || by < TOP - 12 || by + h > BOTTOM + 2) {
                        continue;
                    }
                    if (free(bx, by, w + 2, h + 1, strict)) {
                        taken(bx, by, w + 2, h + 1);
                        return t;
                    }
                }
            }
            return null;
        }
    }
}
