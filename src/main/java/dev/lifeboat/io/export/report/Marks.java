package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.export.diagram.Look;
import java.util.Locale;

/**
 * How the report shows a verdict: the designer's colour and, always beside it, its symbol (red ✖ misses,
 * amber ⚠ rests on an assumption, green ✔ meets), so that colour is never the only signal.
 */
final class Marks {

    private Marks() {
    }

    /** The verdict of one number against its objective: missed, else assumed, else met; NONE without one. */
    static Verdict of(Boolean meets, boolean assumed) {
        if (Boolean.FALSE.equals(meets)) {
            return Verdict.MISSES;
        }
        if (assumed) {
            return Verdict.ASSUMED;
        }
        return meets == null ? Verdict.NONE : Verdict.MEETS;
    }

    /** The CSS class of a cell or callout showing the verdict ({@code v-misses}). */
    static String css(Verdict v) {
        return "v-" + v.name().toLowerCase(Locale.ROOT);
    }

    /** The symbol ("" for none). */
    static String symbol(Verdict v) {
        return Look.symbol(v);
    }

    /** The strong colour of a verdict's bar or text (neutral grey for none). */
    static String strong(Verdict v) {
        return switch (v) {
            case MISSES -> Look.MISSES;
            case ASSUMED -> Look.ASSUMED_STRIPE;
            case MEETS -> Look.MEETS_STRIPE;
            case NONE -> Look.NEUTRAL;
        };
    }

    /** The report's style rules for the verdicts, from the designer's colours. */
    static String css() {
        return "." + css(Verdict.MISSES) + " { color: " + Look.MISSES + "; background: " + Look.MISSES_SUBTLE
                + "; font-weight: bold; }\n"
                + "." + css(Verdict.ASSUMED) + " { color: " + Look.ASSUMED + "; background: " + Look.ASSUMED_SUBTLE
                + "; }\n"
                + "." + css(Verdict.MEETS) + " { color: " + Look.MEETS + "; background: " + Look.MEETS_SUBTLE + "; }\n"
                + "." + css(Verdict.NONE) + " { color: " + Look.TEXT + "; }\n";
    }
}
