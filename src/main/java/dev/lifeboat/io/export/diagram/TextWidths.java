package dev.lifeboat.io.export.diagram;

/**
 * How wide a line of text is, estimated from fixed character widths (Helvetica's, made a tenth wider so that
 * the wider sans-serif fonts of other machines, such as DejaVu Sans, still fit). A diagram is laid out with
 * these estimates rather than with the fonts of the machine that writes it, so that the same design gives
 * the same picture, byte for byte, everywhere. The report's timelines fit their labels with them too.
 */
public final class TextWidths {

    /** Helvetica's widths of ASCII 32 to 126, in thousandths of the font size. */
    private static final short[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    /** Helvetica Bold's widths of ASCII 32 to 126. */
    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
    /** The margin for fonts wider than Helvetica. */
    private static final double WIDER = 1.1;

    private TextWidths() {
    }

    /** The estimated width of a line in a font size, bold or not. */
    public static double width(String s, double size, boolean bold) {
        double units = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            units += units(c, bold);
        }
        return units * size * WIDER / 1000;
    }

    private static double units(int c, boolean bold) {
        if (c >= 32 && c <= 126) {
            return (bold ? BOLD : REGULAR)[c - 32];
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                || c == 0x200B || c == 0x200C || c == 0x200D) {
            return 0;
        }
        // East Asian ideographs, kana, hangul and the like are about one em wide; other letters about 0.6
        return Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.getType(c) == Character.OTHER_SYMBOL ? 1000 : 620;
    }

    /** The text, cut with an ellipsis to fit a width (whole code points only). */
    public static String fit(String s, double size, boolean bold, double width) {
        if (width(s, size, bold) <= width) {
            return s;
        }
        int end = fitLength(s, size, bold, width - width("\u2026", size, bold));
        return s.substring(0, end) + "\u2026";
    }

    /** The length of the longest prefix that fits a width, ending between code points. */
    static int fitLength(String s, double size, boolean bold, double width) {
        double used = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            double w = units(c, bold) * size * WIDER / 1000;
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(c);
        }
        return i;
    }
}
