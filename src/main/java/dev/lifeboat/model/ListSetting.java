package dev.lifeboat.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A setting whose value is a list of small records, each made of the same fields (a database's further
 * replica groups, its backup copies). Each field is itself a {@link Setting} with its own type, range and
 * default, so that an entry is checked, parsed and shown exactly as a setting would be; an entry keeps which
 * fields were given, so that a field left out is its default and, where no documentation gives the number,
 * an assumption.
 *
 * <p>Files write the list as an array of objects, {@code [{"mode": "async", "placement": "other_region"}]};
 * people may type it as text, entries separated by {@code ;} and fields written {@code key=value}:
 * {@code mode=async replicas=1 placement=other_region; mode=sync}. An empty list is written {@code none}.
 */
public final class ListSetting extends Setting<List<ListSetting.Entry>> {

    /** No design needs more entries than this; a file with more is refused rather than analysed slowly. */
    public static final int MAX_ENTRIES = 16;

    private final List<Setting<?>> fields;
    private final String noun;
    private final Function<Entry, String> check;

    /**
     * @param noun  what one entry is, for messages: "replica group"
     * @param check returns why an entry is refused (one clause, e.g. "a replica group needs a mode other than
     *              none"), or null when it is fine
     */
    ListSetting(String key, String label, SettingGroup group, String description, String noun,
                List<Setting<?>> fields, Function<Entry, String> check) {
        super(key, label, group, description, List.of());
        this.fields = List.copyOf(fields);
        this.noun = noun;
        this.check = check;
    }

    /** The fields of each entry, in the order they are written. */
    public List<Setting<?>> fields() {
        return fields;
    }

    /** What one entry is, for people: "replica group". */
    public String noun() {
        return noun;
    }

    /** The field with this key, or null. */
    public Setting<?> field(String key) {
        for (Setting<?> f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public Class<?> valueType() {
        return List.class;
    }

    @Override
    public List<Entry> coerce(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return parse(s);
        }
        if (!(value instanceof Collection<?> items)) {
            throw invalid("expected a list of " + noun + "s, not " + shown(value));
        }
        if (items.size() > MAX_ENTRIES) {
            throw invalid(items.size() + " " + noun + "s is more than the " + MAX_ENTRIES + " a design can have");
        }
        List<Entry> out = new ArrayList<>(items.size());
        int n = 0;
        for (Object item : items) {
            n++;
            if (item instanceof Entry e && e.owner == this) {
                out.add(checked(e, n));
            } else if (item instanceof Map<?, ?> map) {
                Map<String, Object> raw = new LinkedHashMap<>();
                for (Map.Entry<?, ?> f : map.entrySet()) {
                    raw.put(String.valueOf(f.getKey()), f.getValue());
                }
                out.add(entry(raw, n));
            } else {
                throw invalid(noun + " " + n + ": expected fields such as " + example() + ", not " + shown(item));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks one entry's fields, given by key with values of Java types (numbers, strings, booleans): each is
     * coerced by its field; a key that is no field is refused with the fields' names.
     *
     * @param number the entry's place in the list, from 1, for messages
     * @throws InvalidValueException naming the entry and the field ({@link #fieldOf} tells which field)
     */
    public Entry entry(Map<String, Object> values, int number) {
        Object[] slots = new Object[fields.size()];
        boolean[] set = new boolean[fields.size()];
        for (Map.Entry<String, Object> e : values.entrySet()) {
            int i = indexOf(e.getKey());
            if (i < 0) {
                throw new FieldException(key(), e.getKey(), label() + ": " + noun + " " + number + ": unknown field '"
                        + Printable.echo(e.getKey()) + "'; its fields are " + keys());
            }
            slots[i] = coerceField(fields.get(i), e.getValue(), number);
            set[i] = true;
        }
        return checked(new Entry(this, slots, set), number);
    }

    private Object coerceField(Setting<?> field, Object value, int number) {
        try {
            return field.coerce(value);
        } catch (InvalidValueException ex) {
            throw new FieldException(key(), field.key(), label() + ": " + noun + " " + number + ": "
                    + ex.getMessage());
        }
    }

    private Entry checked(Entry e, int number) {
        String why = check == null ? null : check.apply(e);
        if (why != null) {
            throw invalid(noun + " " + number + ": " + why);
        }
        return e;
    }

    /**
     * The field a refusal from {@link #entry} or {@link #coerce} is about, or null when it is about a whole
     * entry or the list: files point at {@code settings.more_replica_groups[1].lag} with it.
     */
    public static String fieldOf(InvalidValueException e) {
        return e instanceof FieldException f ? f.field : null;
    }

    /** Reads entries separated by {@code ;}, each {@code key=value} separated by spaces or commas. */
    @Override
    public List<Entry> parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || InputText.equalsIgnoreCase(t, "none")) {
            return List.of();
        }
        if (t.length() > MAX_ENTRIES * 256) {
            throw invalid(InputText.tooLong(t, MAX_ENTRIES * 256, "a list of " + noun + "s"));
        }
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (String part : t.split(";", -1)) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            n++;
            if (n > MAX_ENTRIES) {
                throw invalid("more than the " + MAX_ENTRIES + " " + noun + "s a design can have");
            }
            Map<String, Object> raw = new LinkedHashMap<>();
            for (String token : p.split("[,\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int eq = token.indexOf('=');
                if (eq <= 0) {
                    throw invalid(noun + " " + n + ": expected key=value, such as " + example() + ", not '"
                            + Printable.echo(token) + "'");
                }
                raw.put(token.substring(0, eq).trim(), token.substring(eq + 1).trim());
            }
            out.add(entry(raw, n));
        }
        return List.copyOf(out);
    }

    /** Writes the entries as {@link #parse} reads them: the given fields only, in the fields' order. */
    @Override
    public String format(Object value) {
        List<?> entries = (List<?>) value;
        if (entries == null || entries.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : entries) {
            Entry e = (Entry) o;
            if (sb.length() > 0) {
                sb.append("; ");
            }
            int before = sb.length();
            for (int i = 0; i < fields.size(); i++) {
                if (e.set[i]) {
                    if (sb.length() > before) {
                        sb.append(' ');
                    }
                    sb.append(fields.get(i).key()).append('=').append(fields.get(i).format(e.values[i]));
                }
            }
            if (sb.length() == before) {
                // every field at its default: one field written all the same, so that the entry reads back
                sb.append(fields.get(0).key()).append('=').append(fields.get(0).format(e.get(fields.get(0))));
            }
        }
        return sb.toString();
    }

    private String example() {
        Setting<?> f = fields.get(0);
        return f.key() + "=" + f.format(f.defaultValue());
    }

    private String keys() {
        List<String> keys = new ArrayList<>();
        fields.forEach(f -> keys.add(f.key()));
        return String.join(", ", keys);
    }

    private int indexOf(String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public ListSetting withDefault(List<Entry> newDefault) {
        if (newDefault != null && !newDefault.isEmpty()) {
            throw new IllegalArgumentException("a list setting's default is the empty list");
        }
        return this;
    }

    /** A refusal that names the field of the entry it is about. */
    private static final class FieldException extends InvalidValueException {
        private final String field;

        FieldException(String key, String field, String message) {
            super(key, message);
            this.field = field;
        }
    }

    /** One entry of a list setting: its fields' values, given or default. Immutable. */
    public static final class Entry {
        private final ListSetting owner;
        private final Object[] values;
        private final boolean[] set;

        private Entry(ListSetting owner, Object[] values, boolean[] set) {
            this.owner = owner;
            this.values = values;
            this.set = set;
        }

        /** The value of a field: the one given, or the field's default. */
        @SuppressWarnings("unchecked")
        public <T> T get(Setting<T> field) {
            int i = owner.indexOf(field.key());
            if (i < 0) {
                throw new IllegalArgumentException(owner.noun + " has no field " + field.key());
            }
            return set[i] ? (T) values[i] : field.defaultValue();
        }

        /** Whether the field was given (rather than left at its default, which may be an assumption). */
        public boolean isSet(Setting<?> field) {
            int i = owner.indexOf(field.key());
            return i >= 0 && set[i];
        }

        /** The given values by field key, in the fields' order. */
        public Map<String, Object> values() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (set[i]) {
                    out.put(owner.fields.get(i).key(), values[i]);
                }
            }
            return Collections.unmodifiableMap(out);
        }

        /** A copy with one field given another value (checked by the field), or reset to its default by null. */
        public Entry with(Setting<?> field, Object value) {
            int i = owner.indexOf(field.key());
            if (i < 0) {
                throw new IllegalArgumentException(owner.noun + " has no field " + field.key());
            }
            Map<String, Object> raw = new LinkedHashMap<>(values());
            if (value == null && !(field instanceof DurationSetting d && d.optional())) {
                raw.remove(field.key());
            } else {
                raw.put(field.key(), value);
            }
            return owner.entry(raw, 1);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.owner == owner && e.values().equals(values());
        }

        @Override
        public int hashCode() {
            return Objects.hash(owner.key(), values());
        }

        @Override
        public String toString() {
            return owner.format(List.of(this));
        }
    }
}
