package dev.lifeboat.io.export.report;

import dev.lifeboat.model.Printable;

/**
 * The report's markup, written so that text from the design can only ever be text: {@link #text} makes it
 * printable (control and bidirectional characters escaped, see {@link Printable}) and escapes it for HTML and
 * XML alike, and tags and attributes are only ever the report's own constants. What it writes is both HTML
 * for a browser and well-formed XHTML for the PDF renderer: every element closed, attributes quoted, only
 * numeric character references.
 */
public final class Html {

    private final StringBuilder b;

    Html(int capacity) {
        b = new StringBuilder(capacity);
    }

    /**
     * Opens an element with a class (none when null). {@code attributes} are name and value pairs; each
     * value is escaped.
     */
    public Html open(String tag, String cls, String... attributes) {
        b.append('<').append(tag);
        if (cls != null) {
            b.append(" class=\"").append(escape(cls)).append('"');
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            b.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        b.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text: {@code <td class="x">text</td>}. */
    public Html element(String tag, String cls, String text) {
        return open(tag, cls).text(text).close(tag);
    }

    /** Text from anywhere (a name, an explanation), made printable and escaped. */
    public Html text(String text) {
        b.append(escape(text));
        return this;
    }

    /** A link to documentation: a link when the address is http(s), else the title and address as text. */
    public Html link(String title, String url) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            return open("a", null, "href", url).text(title).close("a");
        }
        return text(title + (url == null || url.isEmpty() ? "" : " (" + url + ")"));
    }

    /** A line break. */
    public Html br() {
        b.append("<br/>");
        return this;
    }

    /** Markup the report made itself (an SVG drawing whose text was escaped when written), as it is. */
    public Html markup(String trusted) {
        b.append(trusted);
        return this;
    }

    /** A line end, to keep the source readable. */
    public Html nl() {
        b.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }

    /**
     * Text made printable and escaped for HTML and XML content and attributes. What XML 1.0 forbids even as
     * a reference (U+FFFE, U+FFFF, an unpaired surrogate) becomes U+FFFD; Printable has escaped the rest.
     */
    public static String escape(String s) {
        String t = Printable.of(s);
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\uFFFE', '\uFFFF' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
