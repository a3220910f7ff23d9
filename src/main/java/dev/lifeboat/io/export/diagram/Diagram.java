package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design drawn as on the designer's canvas, computed once and painted twice (as SVG and as PNG), so that
 * both show the same picture: the regions and zones as containers at their canvas bounds, each component as
 * a card at its canvas position (name, kind, placement, and the scenario's RPO and RTO coloured by verdict),
 * and each dependency as an arrow from the dependent's card border to its dependency's, solid when hard and
 * dashed when soft. Everything is moved so that the picture starts at its margin, under a header with the
 * design's name, the scenario and a legend. Every text is already made printable (control and bidi characters
 * escaped) and fitted; painters only escape it for their format.
 */
final class Diagram {

    static final double MARGIN = 24;
    static final double HEADER = 84;
    static final double CARD_WIDTH = 196;
    static final double CARD_MAX_WIDTH = 216;
    static final double CARD_HEIGHT = 86;
    static final double LINE = 17;
    static final double TEXT_X = 44;
    static final double RIGHT_GUTTER = 16;
    static final double HEAD_LENGTH = 11;
    static final double HEAD_HALF_WIDTH = 5;

    /** A region or zone container. */
    record Container(boolean region, String title, double x, double y, double width, double height) {
    }

    /** A number on a card and the verdict it is coloured by. */
    record Figure(String text, Verdict verdict) {
    }

    /**
     * A component's card.
     *
     * @param id        the component's id (for tools reading the SVG)
     * @param fullName  the whole name, printable, for a tooltip
     * @param nameLines one or two lines of the name, fitted
     * @param badge     two letters for the kind's badge
     * @param wave      its recovery wave, 0 when it has nothing to recover
     * @param dimmed    outside the journey asked for
     */
    record Card(String id, String fullName, double x, double y, double width, double height, List<String> nameLines,
                String kind, String badge, String placement, Figure rpo, Figure rto, double rtoX, Verdict verdict,
                int wave, boolean dimmed) {

        /** The top of the verdict symbol: beside the kind, below a name on two lines. */
        double verdictY() {
            return 27 + (nameLines.size() - 1) * LINE;
        }
    }

    /**
     * A dependency's arrow: the shaft's points (x, y alternating) ending at the base of the head, and the head's
     * three points, its tip on the dependency's card border.
     */
    record Arrow(String from, String to, double[] shaft, double[] head, boolean hard, boolean cyclic,
                 boolean dimmed) {
    }

    /** What a legend entry shows beside its words. */
    enum Swatch { MISSES, ASSUMED, MEETS, HARD, SOFT }

    /** One entry of the legend, at its place. */
    record LegendItem(Swatch swatch, String text, double x, double y) {
    }

    final String title;
    final String subtitle;
    final Scenario scenario;
    final double width;
    final double height;
    final List<Container> containers = new ArrayList<>();
    final List<Card> cards = new ArrayList<>();
    final List<Arrow> arrows = new ArrayList<>();
    final List<LegendItem> legend = new ArrayList<>();
    /** A sentence drawn where the design would be, when it has nothing to draw; else null. */
    final String emptyNote;

    /**
     * The scenario whose numbers a diagram shows: the one asked for, or, when all were, node loss (the
     * designer's first view).
     */
    static Scenario scenarioOf(ExportRequest request) {
        List<Scenario> s = request.scenarios();
        return s.size() == 1 || !s.contains(Scenario.NODE_LOSS) ? s.get(0) : Scenario.NODE_LOSS;
    }

    Diagram(ExportRequest request) {
        Topology t = request.topology();
        Analysis analysis = request.analysis();
        scenario = scenarioOf(request);
        Journey journey = request.journey();
        title = TextWidths.fit(Printable.of(t.name()), Look.TITLE_SIZE, true, 900);
        subtitle = TextWidths.fit("Scenario: " + scenario.label() + " \u2014 " + scenario.description()
                + (journey == null ? "" : "  Journey: " + Printable.of(journey.name())), Look.SMALL_SIZE, false, 900);

        Map<Component, Verdict> verdicts = Verdict.of(t, analysis, scenario, journey);
        Map<Component, List<ObjectiveBreaches.Breach>> breaches = ObjectiveBreaches.of(t, analysis, scenario,
                journey);
        Set<Component> scope = journey == null ? null : ObjectiveBreaches.scope(t, journey);
        Set<Component> cyclic = Collections.newSetFromMap(new IdentityHashMap<>());
        analysis.cycles().forEach(cyclic::addAll);
        // the drawing's extent on the canvas, to move it next to the margin
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        Map<Component, double[]> sizes = new IdentityHashMap<>();
        Map<Component, List<String>> lines = new IdentityHashMap<>();
        for (Component c : t.components()) {
            List<String> name = nameLines(Printable.of(c.name()));
            lines.put(c, name);
            double w = 0;
            for (String l : name) {
                w = Math.max(w, TextWidths.width(l.stripTrailing(), Look.NAME_SIZE, true));
            }
            double[] size = {Math.ceil(Math.max(CARD_WIDTH, Math.min(CARD_MAX_WIDTH, TEXT_X + w + RIGHT_GUTTER))),
                    CARD_HEIGHT + (name.size() - 1) * LINE};
            sizes.put(c, size);
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y() - 10); // the wave badge stands out above the card
            maxX = Math.max(maxX, c.x() + size[0] + 6);
            maxY = Math.max(maxY, c.y() + size[1]);
        }
        for (Place p : t.places()) {
            minX = Math.min(minX, p.bounds().x());
            minY = Math.min(minY, p.bounds().y());
            maxX = Math.max(maxX, p.bounds().x() + p.bounds().width());
            maxY = Math.max(maxY, p.bounds().y() + p.bounds().height());
        }
        boolean empty = minX == Double.POSITIVE_INFINITY;
        emptyNote = empty ? "This design has no components, regions or zones yet." : null;
        double dx = empty ? 0 : MARGIN - minX;
        double dy = empty ? 0 : MARGIN + HEADER - minY;

        // regions under zones, each kind in the design's order
        for (PlaceKind kind : List.of(PlaceKind.REGION, PlaceKind.ZONE)) {
            for (Place p : t.places()) {
                if (p.kind() == kind) {
                    double w = p.bounds().width();
                    containers.add(new Container(kind == PlaceKind.REGION,
                            TextWidths.fit((kind == PlaceKind.REGION ? "Region  " : "Zone  ") + Printable.echo(p.name()),
                                    Look.PLACE_TITLE_SIZE, true, Math.max(0, w - 20)),
                            p.bounds().x() + dx, p.bounds().y() + dy, w, p.bounds().height()));
                }
            }
        }

        Map<Component, Card> byComponent = new IdentityHashMap<>();
        for (Component c : t.components()) {
            double[] size = sizes.get(c);
            double w = size[0];
            ComponentAssessment a = analysis.assessment(c, scenario);
            Verdict verdict = verdicts.get(c);
            boolean covered = Verdict.covered(t, journey, scope, c);
            List<ObjectiveBreaches.Breach> broken = breaches.getOrDefault(c, List.of());
            Figure rpo = figure("RPO ", (a.rpoAssumed() ? "~" : "") + a.rpo(), cyclic.contains(c)
                    || broken.stream().anyMatch(b -> b.measure() == ObjectiveBreaches.Measure.RPO),
                    a.rpoAssumed(), covered && !a.rebuildable());
            Figure rto = figure("RTO ", (a.rtoAssumed() ? "~" : "") + a.rto(), cyclic.contains(c)
                    || broken.stream().anyMatch(b -> b.measure() == ObjectiveBreaches.Measure.RTO),
                    a.rtoAssumed(), covered);
            // the two numbers side by side (10 from the left, 6 from the right), closer or cut when they are long
            double avail = w - 16;
            double rpoWidth = TextWidths.width(rpo.text(), Look.METRIC_SIZE, false);
            if (rpoWidth > avail * 0.6) {
                rpo = new Figure(TextWidths.fit(rpo.text(), Look.METRIC_SIZE, false, avail * 0.6), rpo.verdict());
                rpoWidth = TextWidths.width(rpo.text(), Look.METRIC_SIZE, false);
            }
            double gap = Math.max(6, Math.min(22, avail - rpoWidth - TextWidths.width(rto.text(), Look.METRIC_SIZE,
                    false)));
            double rtoX = 10 + rpoWidth + gap;
            rto = new Figure(TextWidths.fit(rto.text(), Look.METRIC_SIZE, false, w - 6 - rtoX), rto.verdict());
            Card card = new Card(c.id(), Printable.echo(c.name(), 200), c.x() + dx, c.y() + dy, w, size[1],
                    lines.get(c), c.kind().label(), badge(c.kind().label()),
                    TextWidths.fit(placementText(c), Look.SMALL_SIZE, false, w - TEXT_X - 12), rpo, rto, rtoX,
                    verdict, analysis.wave(c, scenario), scope != null && !scope.contains(c));
            cards.add(card);
            byComponent.put(c, card);
        }

        for (Dependency d : t.dependencies()) {
            Card s = byComponent.get(d.source());
            Card g = byComponent.get(d.target());
            arrows.add(arrow(d, s, g, sameCycle(analysis.cycles(), d.source(), d.target())));
        }

        double legendY = MARGIN + 50;
        double x = MARGIN;
        for (Object[] item : new Object[][] {{Swatch.MISSES, "\u2716 misses an objective or in a cycle"},
                {Swatch.ASSUMED, "\u26A0 rests on an assumption (~)"}, {Swatch.MEETS, "\u2714 meets its objectives"},
                {Swatch.HARD, "hard dependency"}, {Swatch.SOFT, "soft dependency"}}) {
            String text = (String) item[1];
            legend.add(new LegendItem((Swatch) item[0], text, x, legendY));
            x += 26 + TextWidths.width(text, Look.SMALL_SIZE, false) + 18;
        }
        double right = Math.max(x, Math.max(MARGIN + TextWidths.width(title, Look.TITLE_SIZE, true),
                MARGIN + TextWidths.width(subtitle, Look.SMALL_SIZE, false)));
        width = Math.ceil(Math.max(right, empty ? 0 : maxX + dx) + MARGIN);
        height = Math.ceil((empty ? MARGIN + HEADER + 40 : maxY + dy) + MARGIN);
    }

    private static boolean sameCycle(List<List<Component>> cycles, Component a, Component b) {
        for (List<Component> cycle : cycles) {
            if (cycle.contains(a) && cycle.contains(b)) {
                return true;
            }
        }
        return false;
    }

    private static Figure figure(String label, String value, boolean misses, boolean assumed, boolean covered) {
        Verdict v = misses ? Verdict.MISSES : assumed ? Verdict.ASSUMED : covered ? Verdict.MEETS : Verdict.NONE;
        return new Figure(label + value, v);
    }

    /** Two letters for a kind's badge: "Po" for PostgreSQL, "Ka" for Kafka. */
    static String badge(String label) {
        String letters = label.replaceAll("[^A-Za-z]", "");
        return letters.length() < 2 ? letters : letters.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + letters.substring(1, 2).toLowerCase(java.util.Locale.ROOT);
    }

    /** Where a component is placed, as its card says: "in region › zone", or that it is placed nowhere. */
    static String placementText(Component c) {
        Place p = c.place();
        if (p == null) {
            return "not placed";
        }
        if (p.kind() == PlaceKind.ZONE && p.region() != null) {
            return "in " + Printable.echo(p.region().name()) + " \u203A " + Printable.echo(p.name());
        }
        return "in " + Printable.echo(p.name());
    }

    /**
     * A (printable) name as the card's lines: one when it fits the widest card, else two, broken after a space,
     * dash, underscore, dot or slash where possible, the second cut with an ellipsis (as the designer's cards).
     */
    static List<String> nameLines(String s) {
        double max = CARD_MAX_WIDTH - TEXT_X - RIGHT_GUTTER;
        if (TextWidths.width(s, Look.NAME_SIZE, true) <= max) {
            return List.of(s);
        }
        int fits = TextWidths.fitLength(s, Look.NAME_SIZE, true, max);
        int cut = fits;
        for (int i = fits; i > fits / 2; i--) {
            char c = s.charAt(i - 1);
            if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '(') {
                cut = c == '(' ? i - 1 : i;
                break;
            }
        }
        cut = Math.max(1, cut);
        if (Character.isHighSurrogate(s.charAt(cut - 1)) && cut < s.length()) {
            cut++;
        }
        return List.of(s.substring(0, cut).stripTrailing(), TextWidths.fit(s.substring(cut).stripLeading(),
                Look.NAME_SIZE, true, max));
    }

    /** The arrow from one card's border to the other's, the head's tip on the target's border. */
    private static Arrow arrow(Dependency d, Card s, Card g, boolean cyclic) {
        double[] a = border(s, cx(g), cy(g));
        double[] b = border(g, cx(s), cy(s));
        double vx = b[0] - a[0];
        double vy = b[1] - a[1];
        double len = Math.hypot(vx, vy);
        double ux = len < 1e-9 ? 1 : vx / len;
        double uy = len < 1e-9 ? 0 : vy / len;
        double head = Math.min(HEAD_LENGTH, len);
        double baseX = b[0] - ux * head;
        double baseY = b[1] - uy * head;
        return new Arrow(s.id(), g.id(), new double[] {a[0], a[1], baseX, baseY}, new double[] {b[0], b[1],
            baseX - uy * HEAD_HALF_WIDTH, baseY + ux * HEAD_HALF_WIDTH, baseX + uy * HEAD_HALF_WIDTH,
            baseY - ux * HEAD_HALF_WIDTH}, d.isHard(), cyclic, s.dimmed() || g.dimmed());
    }

    private static double cx(Card c) {
        return c.x() + c.width() / 2;
    }

    private static double cy(Card c) {
        return c.y() + c.height() / 2;
    }

    /** Where the line from the card's centre towards a point leaves its border. */
    static double[] border(Card c, double towardX, double towardY) {
        double dx = towardX - cx(c);
        double dy = towardY - cy(c);
        if (dx == 0 && dy == 0) {
            return new double[] {cx(c), cy(c)};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (c.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (c.height() / 2) / Math.abs(dy);
        double k = Math.min(sx, sy);
        return new double[] {cx(c) + dx * k, cy(c) + dy * k};
    }
}
