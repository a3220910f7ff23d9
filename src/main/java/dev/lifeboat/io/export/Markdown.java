package dev.lifeboat.io.export;

import dev.lifeboat.model.Printable;

/** Writing text from a design into Markdown that people read: the one escaping every Markdown export uses. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Text shown as itself in Markdown: controls escaped (see {@link Printable}), cut at 200 characters, and
     * Markdown and HTML characters neutralised, so that a name can neither format the page nor inject HTML.
     */
    public static String text(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : Printable.echo(text, 200).toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> sb.append('\\').append(ch);
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
