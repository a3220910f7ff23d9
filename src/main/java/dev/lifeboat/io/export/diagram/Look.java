package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Verdict;

/**
 * The designer's look for diagrams, in plain colours: those of its light theme (AtlantaFX Primer Light, see
 * {@code designer.css}), one meaning per colour, so that a picture reads like the canvas. Shared by the SVG
 * and the PNG painters.
 */
final class Look {

    static final String FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    static final String CANVAS = "#f6f8fa";
    static final String CARD = "#ffffff";
    static final String BORDER = "#d0d7de";
    static final String TEXT = "#24292f";
    static final String MUTED = "#57606a";
    static final String ACCENT = "#0969da";
    static final String ZONE_BORDER = "#54aeff";
    static final String NEUTRAL = "#6e7781";
    static final String WHITE = "#ffffff";
    static final String MISSES = "#cf222e";
    static final String MISSES_SUBTLE = "#ffebe9";
    static final String ASSUMED = "#9a6700";
    static final String ASSUMED_STRIPE = "#bf8700";
    static final String MEETS = "#1a7f37";
    static final String MEETS_STRIPE = "#2da44e";
    /** The regions' and zones' fills: translucent, as on the canvas (colour, opacity). */
    static final String REGION_FILL = "#78788c";
    static final double REGION_FILL_OPACITY = 0.06;
    static final String ZONE_FILL = "#5082c8";
    static final double ZONE_FILL_OPACITY = 0.07;
    static final double DIMMED_OPACITY = 0.35;

    static final double NAME_SIZE = 13.5;
    static final double SMALL_SIZE = 11.5;
    static final double METRIC_SIZE = 12.5;
    static final double BADGE_SIZE = 11;
    static final double VERDICT_SIZE = 14;
    static final double TITLE_SIZE = 18;
    static final double PLACE_TITLE_SIZE = 12;

    private Look() {
    }

    /** The colour of the card's left stripe, or null for none. */
    static String stripe(Verdict v) {
        return switch (v) {
            case MISSES -> MISSES_SUBTLE;
            case ASSUMED -> ASSUMED_STRIPE;
            case MEETS -> MEETS_STRIPE;
            case NONE -> null;
        };
    }

    /** The colour of the card's border: red when it misses. */
    static String border(Verdict v) {
        return v == Verdict.MISSES ? MISSES : BORDER;
    }

    /** The colour of text that carries a verdict (a symbol, a number). */
    static String ink(Verdict v) {
        return switch (v) {
            case MISSES -> MISSES;
            case ASSUMED -> ASSUMED;
            case MEETS -> MEETS;
            case NONE -> TEXT;
        };
    }

    /** The verdict's symbol: colour is never the only signal. */
    static String symbol(Verdict v) {
        return switch (v) {
            case MISSES -> "\u2716";
            case ASSUMED -> "\u26A0";
            case MEETS -> "\u2714";
            case NONE -> "";
        };
    }
}
