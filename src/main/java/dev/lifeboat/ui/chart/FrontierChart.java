package dev.lifeboat.ui.chart;

import dev.lifeboat.model.Prices;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.panels.FrontierText;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * One view of a journey's frontier: monthly cost (x) against its RPO or its RTO (y, a {@link DurationAxis}). Each
 * frontier point is a dot numbered as in the table; the best this measure gets for the money (the best value among
 * the points that cost no more) is a staircase line through them; the design shown is a diamond and each variant a
 * square, labelled by name, hollow when a frontier point dominates it, with a dashed line to that point. Unbounded
 * values sit in the axis's "unbounded" band. A click on a mark or its label picks its entry ({@link #setOnPick}); the
 * entry picked is ringed.
 *
 * <p>A point that is off this chart's staircase is still on the frontier: it buys a better value of the other measure.
 */
public final class FrontierChart extends ScatterChart<Number, Number> {

    /** The measure on the y axis. */
    public enum Measure {
        RPO("RPO", "RPO: data lost", Entry::rpo),
        RTO("RTO", "RTO: time to recover", Entry::rto);

        private final String label;
        private final String axis;
        private final Function<Entry, TimeBound> of;

        Measure(String label, String axis, Function<Entry, TimeBound> of) {
            this.label = label;
            this.axis = axis;
            this.of = of;
        }

        public String label() {
            return label;
        }

        /** The entry's value of this measure. */
        public TimeBound of(Entry e) {
            return of.apply(e);
        }
    }

    /** How far beyond the frontier's costs, as a share of their spread, a fitted cost axis reaches. */
    static final double BEYOND = 0.3;

    private static final double POINT_SIZE = 11;
    private static final double CURRENT_SIZE = 17;
    private static final double VARIANT_SIZE = 15;

    private final Measure measure;
    private final DurationAxis durations;
    private final Map<Entry, StackPane> marks = new LinkedHashMap<>();
    private final Map<Entry, Label> labels = new LinkedHashMap<>();
    /** Where each entry is drawn along the cost axis (its cost, or the edge when it lies beyond a fitted axis). */
    private final Map<Entry, Double> xs = new LinkedHashMap<>();
    private final Rectangle band = new Rectangle();
    private final Line bandEdge = new Line();
    private final Path staircase = new Path();
    private final Group connectors = new Group();
    private final Group underlay = new Group(band, bandEdge, connectors, staircase);
    private final Group overlay = new Group();
    private Prices prices;
    private Consumer<Entry> onPick = e -> { };
    private Entry selected;

    public FrontierChart(Measure measure, Prices prices) {
        super(new CostAxis(prices), new DurationAxis());
        this.measure = Objects.requireNonNull(measure, "measure");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.durations = (DurationAxis) getYAxis();
        setAnimated(false);
        setLegendVisible(false);
        getXAxis().setLabel("Monthly cost");
        durations.setLabel(measure.axis);
        getStyleClass().add("frontier-chart");
        band.getStyleClass().add("frontier-band");
        band.setMouseTransparent(true);
        bandEdge.getStyleClass().add("frontier-band-edge");
        staircase.getStyleClass().add("frontier-staircase");
        staircase.setMouseTransparent(true);
        connectors.setMouseTransparent(true);
        underlay.setManaged(false);
        overlay.setManaged(false);
        // the labels pick their entries too (a bigger target than a dot); the space between them lets clicks through
        overlay.setPickOnBounds(false);
        getPlotChildren().addAll(underlay, overlay);
    }

    public Measure measure() {
        return measure;
    }

    /** Called with the entry whose mark is clicked. */
    public void setOnPick(Consumer<Entry> onPick) {
        this.onPick = Objects.requireNonNull(onPick, "onPick");
    }

    /**
     * Shows these entries (the frontier's points, cheapest first, then the designs), costs in these prices' currency;
     * none clears the chart. With {@code fit}, the cost axis spans the frontier's points: a design much cheaper or
     * dearer than all of them (by more than {@link #BEYOND} of their spread) sits at the edge, its label saying its
     * cost ("Baseline → $57,877").
     */
    public void show(List<Entry> entries, Prices prices, boolean fit) {
        this.prices = Objects.requireNonNull(prices, "prices");
        ((CostAxis) getXAxis()).setPrices(prices);
        getData().clear();
        marks.clear();
        labels.clear();
        xs.clear();
        overlay.getChildren().clear();
        selected = null;
        durations.fit(entries.stream().map(measure::of).toList());
        double[] range = fit ? pointRange(entries) : null;
        XYChart.Series<Number, Number> points = new XYChart.Series<>();
        XYChart.Series<Number, Number> designs = new XYChart.Series<>();
        int variant = 0;
        for (Entry e : entries) {
            double x = e.monthlyCost();
            String text = e instanceof PointEntry p ? String.valueOf(p.number()) : e.label();
            boolean beyond = false;
            if (range != null && e instanceof DesignEntry) {
                if (x > range[1]) {
                    text = text + " \u2192 " + prices.formatWhole(x);
                    x = range[1];
                    beyond = true;
                } else if (x < range[0]) {
                    text = prices.formatWhole(x) + " \u2190 " + text;
                    x = range[0];
                    beyond = true;
                }
            }
            xs.put(e, x);
            XYChart.Data<Number, Number> d = new XYChart.Data<>(x, DurationAxis.value(measure.of(e)));
            StackPane mark = mark(e, e instanceof DesignEntry de && !de.current() ? ++variant : 0);
            if (beyond) {
                shape(mark).getStyleClass().add("beyond");
            }
            d.setNode(mark);
            marks.put(e, mark);
            (e instanceof PointEntry ? points : designs).getData().add(d);
            Label label = new Label(text);
            label.getStyleClass().addAll("frontier-label", e instanceof PointEntry ? "point" : "design");
            if (e instanceof DesignEntry de && de.dominated()) {
                label.getStyleClass().add("dominated");
            }
            label.setManaged(false);
            label.setCursor(Cursor.HAND);
            label.setOnMouseClicked(ev -> onPick.accept(e));
            labels.put(e, label);
            overlay.getChildren().add(label);
        }
        // the designs after the points: a design on the frontier rings its point
        getData().setAll(List.of(points, designs));
        overlay.toFront();
        requestChartLayout();
    }

    /**
     * The costs a design is drawn within when the axis fits the points: BEYOND of the points' spread on either side of
     * them (of the cheapest's cost when they all cost the same); null without points.
     */
    private static double[] pointRange(List<Entry> entries) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Entry e : entries) {
            if (e instanceof PointEntry) {
                lo = Math.min(lo, e.monthlyCost());
                hi = Math.max(hi, e.monthlyCost());
            }
        }
        if (lo > hi) {
            return null;
        }
        double spread = hi > lo ? hi - lo : Math.max(1, lo * 0.1);
        return new double[] {lo - BEYOND * spread, hi + BEYOND * spread};
    }

    /** Rings the mark of this entry (null: none), on this chart. */
    public void select(Entry e) {
        if (selected != null && marks.containsKey(selected)) {
            shape(marks.get(selected)).getStyleClass().remove("selected");
        }
        selected = e;
        if (e != null && marks.containsKey(e)) {
            shape(marks.get(e)).getStyleClass().add("selected");
            marks.get(e).toFront();
        }
    }

    /** The mark drawn for an entry, or null when it is not on this chart. */
    public Node markOf(Entry e) {
        return marks.get(e);
    }

    private static Region shape(StackPane mark) {
        return (Region) mark.getChildren().get(0);
    }

    /** The mark of an entry; ids: frontierRpoPoint3, frontierRpoCurrent, frontierRpoVariant1 (the variants' order). */
    private StackPane mark(Entry e, int variant) {
        Region shape = new Region();
        shape.getStyleClass().add("frontier-mark");
        double size;
        String id;
        if (e instanceof PointEntry p) {
            shape.getStyleClass().add("frontier-point");
            size = POINT_SIZE;
            id = "Point" + p.number();
        } else {
            DesignEntry d = (DesignEntry) e;
            shape.getStyleClass().add(d.current() ? "frontier-current" : "frontier-variant");
            if (d.dominated()) {
                shape.getStyleClass().add("dominated");
            }
            size = d.current() ? CURRENT_SIZE : VARIANT_SIZE;
            id = d.current() ? "Current" : "Variant" + variant;
        }
        shape.setMinSize(size, size);
        shape.setPrefSize(size, size);
        shape.setMaxSize(size, size);
        StackPane mark = new StackPane(shape);
        mark.setId("frontier" + measure.label.charAt(0) + measure.label.substring(1).toLowerCase(Locale.ROOT) + id);
        mark.setCursor(Cursor.HAND);
        String summary = FrontierText.summary(e, prices);
        mark.setAccessibleText(summary);
        Tooltip tip = new Tooltip(summary);
        tip.setShowDelay(javafx.util.Duration.millis(200));
        Tooltip.install(mark, tip);
        mark.setOnMouseClicked(ev -> onPick.accept(e));
        return mark;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double w = getXAxis().getWidth();
        double h = durations.getHeight();
        layoutBand(w);
        layoutStaircase(w);
        layoutConnectors();
        layoutLabels(w, h);
    }

    private void layoutBand(double w) {
        boolean on = durations.hasBand();
        band.setVisible(on);
        bandEdge.setVisible(on);
        if (!on) {
            return;
        }
        double edge = durations.bandExtent();
        band.setX(0);
        band.setY(0);
        band.setWidth(w);
        band.setHeight(edge);
        bandEdge.setStartX(0);
        bandEdge.setEndX(w);
        bandEdge.setStartY(Math.round(edge) + 0.5);
        bandEdge.setEndY(Math.round(edge) + 0.5);
    }

    /** The best value of the measure for the money: the least among the points that cost no more. */
    private void layoutStaircase(double w) {
        staircase.getElements().clear();
        double best = Double.NaN;
        double bestY = 0;
        for (Map.Entry<Entry, StackPane> m : marks.entrySet()) {
            if (!(m.getKey() instanceof PointEntry p)) {
                continue;
            }
            double v = DurationAxis.value(measure.of(p));
            double x = getXAxis().getDisplayPosition(xs.get(p));
            double y = durations.getDisplayPosition(v);
            if (Double.isNaN(best)) {
                staircase.getElements().add(new MoveTo(x, y));
            } else if (v < best) {
                staircase.getElements().addAll(new LineTo(x, bestY), new LineTo(x, y));
            } else {
                continue;
            }
            best = v;
            bestY = y;
        }
        if (!Double.isNaN(best)) {
            staircase.getElements().add(new LineTo(w, bestY));
        }
    }

    /** A dashed line from each dominated design to the point that dominates it. */
    private void layoutConnectors() {
        connectors.getChildren().clear();
        for (Entry e : marks.keySet()) {
            if (e instanceof DesignEntry d && d.by() != null && marks.containsKey(d.by())) {
                Line l = new Line(centreX(d), centreY(d), centreX(d.by()), centreY(d.by()));
                l.getStyleClass().add("frontier-connector");
                connectors.getChildren().add(l);
            }
        }
    }

    private double centreX(Entry e) {
        return getXAxis().getDisplayPosition(xs.get(e));
    }

    private double centreY(Entry e) {
        return durations.getDisplayPosition(DurationAxis.value(measure.of(e)));
    }

    /**
     * Places each label next to its mark where it overlaps no mark and no label placed before it, inside the plot:
     * the designs' names first, then the points' numbers. A design's name that finds no free place goes where it
     * overlaps least; a point's number that finds none is left out (the table has it).
     */
    private void layoutLabels(double w, double h) {
        Map<Entry, Bounds> markBounds = new LinkedHashMap<>();
        marks.forEach((e, m) -> markBounds.put(e, m.getBoundsInParent()));
        List<Bounds> taken = new ArrayList<>(markBounds.values());
        List<Entry> order = new ArrayList<>();
        marks.keySet().stream().filter(e -> e instanceof DesignEntry).forEach(order::add);
        marks.keySet().stream().filter(e -> e instanceof PointEntry).forEach(order::add);
        for (Entry e : order) {
            Label label = labels.get(e);
            label.applyCss();
            label.autosize();
            double lw = label.getWidth();
            double lh = label.getHeight();
            Bounds own = markBounds.get(e);
            double x = (own.getMinX() + own.getMaxX()) / 2;
            double y = (own.getMinY() + own.getMaxY()) / 2;
            double r = own.getWidth() / 2 + 2;
            Bounds best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (double k : new double[] {1, 1.9, 3}) {
                for (double[] dir : new double[][] {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1},
                    {-1, 1}}) {
                    double cx = x + dir[0] * r * k + (dir[0] > 0 ? 0 : dir[0] < 0 ? -lw : -lw / 2);
                    double cy = y + dir[1] * r * k + (dir[1] > 0 ? 0 : dir[1] < 0 ? -lh : -lh / 2);
                    if (dir[0] != 0 && dir[1] != 0) {
                        cx = x + dir[0] * r * k * 0.75 + (dir[0] > 0 ? 0 : -lw);
                        cy = y + dir[1] * r * k * 0.75 + (dir[1] > 0 ? 0 : -lh);
                    }
                    Bounds b = new BoundingBox(cx, cy, lw, lh);
                    if (cx < 0 || cy < 0 || cx + lw > w || cy + lh > h) {
                        continue;
                    }
                    double overlap = overlap(b, taken, own);
                    if (overlap < bestOverlap) {
                        bestOverlap = overlap;
                        best = b;
                    }
                    if (overlap == 0) {
                        break;
                    }
                }
                if (bestOverlap == 0) {
                    break;
                }
            }
            boolean show = best != null && (bestOverlap == 0 || e instanceof DesignEntry);
            label.setVisible(show);
            if (show) {
                label.relocate(best.getMinX(), best.getMinY());
                taken.add(best);
            }
        }
    }

    private static double overlap(Bounds b, List<Bounds> taken, Bounds own) {
        double sum = 0;
        for (Bounds t : taken) {
            if (t == own) {
                continue;
            }
            double ow = Math.min(b.getMaxX(), t.getMaxX()) - Math.max(b.getMinX(), t.getMinX());
            double oh = Math.min(b.getMaxY(), t.getMaxY()) - Math.max(b.getMinY(), t.getMinY());
            if (ow > 0 && oh > 0) {
                sum += ow * oh;
            }
        }
        return sum;
    }
}
