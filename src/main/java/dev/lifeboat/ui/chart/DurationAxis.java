package dev.lifeboat.ui.chart;

import dev.lifeboat.model.Durations;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.geometry.Side;
import javafx.scene.chart.Axis;

/**
 * An axis of durations in seconds on a logarithmic scale (so that 5 s, 15 m and 1 d are all readable on one chart),
 * with ticks at round durations written as everywhere else in Lifeboat ("30s", "5m", "1h", "1d") and, when some
 * value is unbounded, a band at the far end labelled "unbounded" where those values go: they are placed, not dropped.
 *
 * <p>A duration d sits at log10(1 + d) along the finite part, so 0 s is its origin. The finite part reaches a round
 * duration at or above the largest finite value ({@link #fit}); the band takes a fixed number of pixels beyond it.
 * Values are plotted in seconds; an unbounded one is {@link #UNBOUNDED}.
 */
public final class DurationAxis extends Axis<Number> {

    /** The value an unbounded duration is plotted at. */
    public static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    /** Round durations, in seconds, that ticks may sit at. */
    private static final long[] ROUND = {0, 1, 5, 15, 30, 60, 2 * 60, 5 * 60, 15 * 60, 30 * 60, 3600, 3 * 3600,
        6 * 3600, 12 * 3600, 86400, 2 * 86400, 7 * 86400, 30 * 86400, 90 * 86400, 365 * 86400, 3 * 365 * 86400L};

    /** The unbounded band's extent along the axis, in pixels (at most a quarter of the axis). */
    static final double BAND = 34;
    /** Room left at each end of the finite part, in pixels, so that a mark at 0 or at the top is drawn whole. */
    static final double PAD = 9;

    private long top = 60;
    private boolean band;

    public DurationAxis() {
        setAutoRanging(false);
    }

    /**
     * Sets the range for these values: the finite part up to the smallest round duration at or above the largest
     * finite one (at least a minute), and the unbounded band when there is an unbounded value.
     */
    public void fit(List<TimeBound> values) {
        long max = 0;
        boolean unbounded = false;
        for (TimeBound t : values) {
            if (t.isUnbounded()) {
                unbounded = true;
            } else {
                max = Math.max(max, t.seconds());
            }
        }
        long next = ROUND[ROUND.length - 1];
        for (long r : ROUND) {
            if (r >= Math.max(60, max)) {
                next = r;
                break;
            }
        }
        setRange(new long[] {Math.max(next, max), unbounded ? 1 : 0}, false);
        invalidateRange();
        requestAxisLayout();
    }

    /** The value a duration is plotted at: its seconds, or {@link #UNBOUNDED}. */
    public static double value(TimeBound t) {
        return t.isUnbounded() ? UNBOUNDED : t.seconds();
    }

    /** Whether the axis has the unbounded band. */
    public boolean hasBand() {
        return band;
    }

    /** The band's extent in pixels at this axis length (0 without a band). */
    double bandLength(double length) {
        return band ? Math.min(BAND, length / 4) : 0;
    }

    /** The band's extent in pixels now (0 without a band). */
    public double bandExtent() {
        return bandLength(length());
    }

    /** Where the finite part ends (towards the band), in display coordinates. */
    public double finiteEnd() {
        return position(top, length());
    }

    /** Where the band ends (the far end of the axis), in display coordinates. */
    public double bandEnd() {
        return side().isVertical() ? 0 : length();
    }

    private double length() {
        return side().isVertical() ? getHeight() : getWidth();
    }

    private static double log(double seconds) {
        return Math.log10(1 + seconds);
    }

    /** The display position of a value at this axis length. */
    private double position(double seconds, double length) {
        double bandPx = bandLength(length);
        double along;
        if (Double.isInfinite(seconds)) {
            along = length - bandPx / 2;
        } else {
            double usable = Math.max(1, length - bandPx - 2 * PAD);
            double f = Math.min(1, Math.max(0, log(seconds) / log(top)));
            along = PAD + f * usable;
        }
        return side().isVertical() ? length - along : along;
    }

    @Override
    protected Object autoRange(double length) {
        return getRange();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        long[] r = (long[]) range;
        top = r[0];
        band = r[1] != 0;
    }

    @Override
    protected Object getRange() {
        return new long[] {top, band ? 1 : 0};
    }

    @Override
    public double getZeroPosition() {
        return Double.NaN;
    }

    @Override
    public double getDisplayPosition(Number value) {
        return position(value.doubleValue(), length());
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double length = length();
        double along = side().isVertical() ? length - displayPosition : displayPosition;
        double bandPx = bandLength(length);
        if (band && along > length - bandPx) {
            return UNBOUNDED;
        }
        double usable = Math.max(1, length - bandPx - 2 * PAD);
        double f = (along - PAD) / usable;
        return Math.max(0, Math.pow(10, f * log(top)) - 1);
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        double v = value.doubleValue();
        return Double.isInfinite(v) ? band : v >= 0 && v <= top;
    }

    @Override
    public double toNumericValue(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    @Override
    public Number toRealValue(double value) {
        return value;
    }

    /**
     * The round durations below the top that leave room for their labels, the top itself, and "unbounded" in the
     * middle of the band. Whole minutes, hours, days come first; the others fill in where there is room.
     */
    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        boolean vertical = side().isVertical();
        double room = (vertical ? measureTickMarkLabelSize("0s", getTickLabelRotation()).getHeight()
                : measureTickMarkLabelSize("30m", getTickLabelRotation()).getWidth()) + getTickLabelGap() + 4;
        TreeMap<Double, Long> chosen = new TreeMap<>();
        chosen.put(position(top, length), top);
        for (boolean primary : new boolean[] {true, false}) {
            for (long s : ROUND) {
                if (s >= top || isPrimary(s) != primary) {
                    continue;
                }
                double at = position(s, length);
                Double below = chosen.floorKey(at);
                Double above = chosen.ceilingKey(at);
                if ((below == null || at - below >= room) && (above == null || above - at >= room)) {
                    chosen.put(at, s);
                }
            }
        }
        List<Number> ticks = new ArrayList<>();
        chosen.values().stream().sorted().forEach(s -> ticks.add((double) s));
        if (band) {
            ticks.add(UNBOUNDED);
        }
        return ticks;
    }

    private static boolean isPrimary(long seconds) {
        return seconds == 0 || seconds == 60 || seconds == 3600 || seconds == 86400 || seconds == 7 * 86400
                || seconds == 365 * 86400;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        double v = value.doubleValue();
        return Double.isInfinite(v) ? "unbounded" : Durations.format(Math.round(v));
    }

    /** The side the axis is drawn on (bottom when not yet set). */
    private Side side() {
        Side s = getSide();
        return s == null ? Side.BOTTOM : s;
    }
}
