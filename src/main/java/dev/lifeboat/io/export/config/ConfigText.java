package dev.lifeboat.io.export.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text of one configuration file: comment lines (starting with {@code #}, which every format
 * here shares) wrapped to a readable width, and setting lines. Text that came from users (a component's
 * name, the design's file name) only ever goes into a comment, escaped by the caller; this class refuses
 * a comment with a line break, so that no such text can end a comment and start a setting.
 */
final class ConfigText {

    /** The width comments are wrapped to. */
    static final int WIDTH = 100;

    private final StringBuilder sb = new StringBuilder(4096);
    private final String separator;

    /**
     * @param separator what stands between a key and its value: {@code " = "} (postgresql.conf, my.cnf),
     *                  {@code " "} (redis.conf), {@code "="} (Java properties), {@code ": "} (YAML)
     */
    ConfigText(String separator) {
        this.separator = separator;
    }

    /** A comment, wrapped at {@link #WIDTH} columns; a paragraph of its own when several lines long. */
    ConfigText comment(String text) {
        return comment("", text);
    }

    /** A comment at an indentation (for YAML). */
    ConfigText comment(String indent, String text) {
        for (String line : wrap(text, WIDTH - indent.length() - 2)) {
            sb.append(indent).append('#');
            if (!line.isEmpty()) {
                sb.append(' ').append(line);
            }
            sb.append('\n');
        }
        return this;
    }

    /** One comment line kept as it is, never wrapped (a name must be shown as it is, spaces and all). */
    ConfigText commentLine(String text) {
        requireOneLine(text);
        sb.append("# ").append(text).append('\n');
        return this;
    }

    /** A comment line kept as it is (a command to copy, a cron line), indented under the comment above. */
    ConfigText example(String line) {
        requireOneLine(line);
        sb.append("#     ").append(line).append('\n');
        return this;
    }

    /** An empty line, unless one was just written. */
    ConfigText blank() {
        if (sb.length() < 2 || sb.charAt(sb.length() - 1) != '\n' || sb.charAt(sb.length() - 2) != '\n') {
            sb.append('\n');
        }
        return this;
    }

    /** A setting, after the comment that says what it buys, and an empty line. */
    ConfigText set(String key, String value, String why) {
        return set("", key, value, why);
    }

    /** A setting at an indentation (for YAML), after its comment, and an empty line. */
    ConfigText set(String indent, String key, String value, String why) {
        comment(indent, why);
        return line(indent + key + separator + value).blank();
    }

    /** A line written as it is: a section header ({@code [mysqld]}, {@code storage:}). */
    ConfigText line(String line) {
        requireOneLine(line);
        sb.append(line).append('\n');
        return this;
    }

    String text() {
        return sb.toString();
    }

    private static void requireOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException("a line of a configuration file would be broken in two");
            }
        }
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word stays whole). */
    static List<String> wrap(String text, int width) {
        requireOneLine(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
