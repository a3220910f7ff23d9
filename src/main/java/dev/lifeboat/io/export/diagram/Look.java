package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Verdict;

/**
 * The designer's look for diagrams, in plain colours: those of its light theme (AtlantaFX Primer Light, see
 * {@code designer.css}), one meaning per colour, so that a picture reads like the canvas. Shared by the SVG
 * and the PNG painters, and by the report, whose tables and timelines use the same colours.
 */
public final class Look {

    public static final String FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    public static final String CANVAS = "#f6f8fa";
    public static final String CARD = "#ffffff";
    public static final String BORDER = "#d0d7de";
    public static final String TEXT = "#24292f";
    public static final String MUTED = "#57606a";
    public static final String ACCENT = "#0969da";
    public static final String ZONE_BORDER = "#54aeff";
    public static final String NEUTRAL = "#6e7781";
    public static final String WHITE = "#ffffff";
    public static final String MISSES = "#cf222e";
    public static final String MISSES_SUBTLE = "#ffebe9";
    public static final String ASSUMED = "#9a6700";
    public static final String ASSUMED_STRIPE = "#bf8700";
    public static final String MEETS = "#1a7f37";
    public static final String MEETS_STRIPE = "#2da44e";
    /** The light backgrounds behind a verdict's text (a report's table cells). */
    public static final String ASSUMED_SUBTLE = "#fff8c5";
    public static final String MEETS_SUBTLE = "#dafbe1";
    /** The regions' and zones' fills: translucent, as on the canvas (colour, opacity). */
    public static final String REGION_FILL = "#78788c";
    public static final double REGION_FILL_OPACITY = 0.06;
    public static final String ZONE_FILL = "#5082c8";
    public static final double ZONE_FILL_OPACITY = 0.07;
    public static final double DIMMED_OPACITY = 0.35;

    public static final double NAME_SIZE = 13.5;
    public static final double SMALL_SIZE = 11.5;
    public static final double METRIC_SIZE = 12.5;
    public static final double BADGE_SIZE = 11;
    public static final double VERDICT_SIZE = 14;
    public static final double TITLE_SIZE = 18;
    public static final double PLACE_TITLE_SIZE = 12;

    private Look() {
    }

    /** The colour of the card's left stripe, or null for none. */
    public static String stripe(Verdict v) {
        return switch (v) {
            case MISSES -> MISSES_SUBTLE;
            case ASSUMED -> ASSUMED_STRIPE;
            case MEETS -> MEETS_STRIPE;
            case NONE -> null;
        };
    }

    /** The colour of the card's border: red when it misses. */
    public static String border(Verdict v) {
        return v == Verdict.MISSES ? MISSES : BORDER;
    }

    /** The colour of text that carries a verdict (a symbol, a number). */
    public static String ink(Verdict v) {
        return switch (v) {
            case MISSES -> MISSES;
            case ASSUMED -> ASSUMED;
            case MEETS -> MEETS;
            case NONE -> TEXT;
        };
    }

    /** The verdict's symbol: colour is never the only signal. */
    public static String symbol(Verdict v) {
        return switch (v) {
            case MISSES -> "\u2716";
            case ASSUMED -> "\u26A0";
            case MEETS -> "\u2714";
            case NONE -> "";
        };
    }
}
