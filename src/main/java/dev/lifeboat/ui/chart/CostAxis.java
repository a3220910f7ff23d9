package dev.lifeboat.ui.chart;

import dev.lifeboat.model.Prices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.chart.ValueAxis;

/**
 * A monthly cost axis: linear, ticks at round amounts in the design's currency as the status bar writes them
 * ("$1,250"), as many as their labels leave room for, and a margin at both ends so that the cheapest and the dearest
 * marks are drawn whole, not cut by the plot's edge.
 */
public final class CostAxis extends ValueAxis<Number> {

    /** The share of the data's range added at each end (or of its value, when every cost is the same). */
    static final double MARGIN = 0.07;

    private Prices prices;
    private double unit = 1;

    public CostAxis(Prices prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
        setMinorTickVisible(false);
        setAnimated(false);
    }

    /** The prices whose currency the ticks are written in. */
    public void setPrices(Prices prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
        invalidateRange();
        requestAxisLayout();
    }

    /** Range: lower bound, upper bound, tick unit, scale. */
    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        if (minValue > maxValue) {
            minValue = 0;
            maxValue = 1;
        }
        double span = maxValue - minValue;
        double margin = span > 0 ? span * MARGIN : Math.max(1, Math.abs(maxValue) * MARGIN);
        double low = minValue - margin;
        // a cost is never negative: no axis below zero when no cost is
        if (minValue >= 0 && low < 0) {
            low = 0;
        }
        double high = maxValue + margin;
        double widest = Math.max(measureTickMarkLabelSize(getTickMarkLabel(low), getTickLabelRotation()).getWidth(),
                measureTickMarkLabelSize(getTickMarkLabel(high), getTickLabelRotation()).getWidth());
        double room = getSide() != null && getSide().isVertical()
                ? measureTickMarkLabelSize("0", getTickLabelRotation()).getHeight() * 2 : widest + 24;
        int fit = Math.max(2, (int) Math.floor(length / room));
        double step = roundUp((high - low) / fit);
        return new double[] {low, high, step, calculateNewScale(length, low, high)};
    }

    /** The least of 1, 2 or 5 times a power of ten (at least one whole unit of money) at or above x. */
    static double roundUp(double x) {
        if (!(x > 1)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x - 1e-9) {
                return m * p;
            }
        }
        return 10 * p;
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        unit = r[2];
        currentLowerBound.set(r[0]);
        setScale(r[3]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), unit, getScale()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        double step = r[2];
        if (step <= 0) {
            return ticks;
        }
        for (double v = Math.ceil(r[0] / step) * step; v <= r[1] + 1e-9 && ticks.size() < 100; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return prices.formatWhole(value.doubleValue());
    }
}
