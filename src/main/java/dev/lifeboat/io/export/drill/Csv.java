package dev.lifeboat.io.export.drill;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: records end with CRLF (a lone LF is accepted too), fields
 * are separated by commas, and a field in double quotes may hold commas, line breaks and doubled quotes.
 */
final class Csv {

    private Csv() {
    }

    /** A record that cannot be read: where it starts (1-based), which field (0-based) and why. */
    static final class Malformed extends Exception {
        final int record;
        final int field;

        Malformed(int record, int field, String reason) {
            super(reason);
            this.record = record;
            this.field = field;
        }
    }

    /**
     * One record, with its number as a spreadsheet shows it: the first record (the header) is row 1, and a
     * quoted line break does not start a row.
     */
    record Record(int number, List<String> fields) {
    }

    /** The records of a text; a last line break adds no empty record. */
    static List<Record> parse(String text) throws Malformed {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int record = out.size() + 1;
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(record, fields.size(), "a quoted field is not closed (a \" is missing)");
                    }
                    char q = text.charAt(i++);
                    if (q != '"') {
                        field.append(q);
                    } else if (i < n && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new Malformed(record, fields.size(), "text follows the closing quote of a quoted field "
                            + "(a quote inside a quoted field is written \"\")");
                }
                if (i >= n) {
                    break;
                }
                continue;
            }
            if (c == '"') {
                throw new Malformed(record, fields.size(), "a quote inside a field that does not start with one "
                        + "(quote the whole field, and write a quote in it as \"\")");
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(new Record(record, List.copyOf(fields)));
                fields.clear();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || !fields.isEmpty() || text.endsWith("\"")) {
            fields.add(field.toString());
            out.add(new Record(out.size() + 1, List.copyOf(fields)));
        }
        return out;
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** A record: its fields, each as {@link #field(String)} writes it, and CRLF. */
    static String record(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(field(values.get(k)));
        }
        return sb.append("\r\n").toString();
    }
}
