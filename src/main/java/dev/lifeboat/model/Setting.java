package dev.lifeboat.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The definition of one component setting: its file key, label, group, type, default and valid range.
 *
 * <p>Values are stored as {@link Long} seconds for durations, {@link Integer}, {@link Double},
 * {@link Boolean} or a {@link Choice} enum constant. A duration setting marked {@code optional} accepts
 * {@code null}, shown and written as {@code none} (for example "no backups").
 *
 * @param <T> the value type
 */
public abstract class Setting<T> {

    private final String key;
    private final String label;
    private final SettingGroup group;
    private final String description;
    private final T defaultValue;

    /** Every key ever defined, numbered: settings with the same key share a slot in a component. */
    private static final java.util.Map<String, Integer> SLOTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final int slot;

    Setting(String key, String label, SettingGroup group, String description, T defaultValue) {
        this.slot = SLOTS.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> SLOTS.size());
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.group = Objects.requireNonNull(group, "group");
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = defaultValue;
    }

    /** A small number, the same for every setting with this key: where components keep its value. */
    int slot() {
        return slot;
    }

    /** How many slots exist so far. */
    static int slots() {
        return SLOTS.size();
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public SettingGroup group() {
        return group;
    }

    public String description() {
        return description;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The Java type of the values. */
    public abstract Class<?> valueType();

    /**
     * Checks and converts a value (already of a Java type: number, boolean, string, enum) into this
     * setting's value type.
     *
     * @throws InvalidValueException with a message naming the setting and the accepted values
     */
    public abstract T coerce(Object value);

    /** Parses text as typed by a person or written in a file. */
    public abstract T parse(String text);

    /** Formats a value the way {@link #parse(String)} reads it back. */
    public String format(Object value) {
        return String.valueOf(value);
    }

    /** A copy of this setting with another default, for kinds whose technology defaults differ. */
    public abstract Setting<T> withDefault(T newDefault);

    /** A value of any type as a message shows it: escaped and cut (see {@link Printable#echo(String)}). */
    static String shown(Object value) {
        return Printable.echo(String.valueOf(value));
    }

    InvalidValueException invalid(String message) {
        return new InvalidValueException(key, label + ": " + message);
    }

    @Override
    public String toString() {
        return key;
    }

    // ---------------------------------------------------------------- factories

    public static DurationSetting duration(String key, String label, SettingGroup group, String description,
                                           Long defaultSeconds, boolean optional) {
        return new DurationSetting(key, label, group, description, defaultSeconds, optional, "none");
    }

    /** An optional duration whose absence is written {@code noneWord} (e.g. "unbounded"). */
    public static DurationSetting duration(String key, String label, SettingGroup group, String description,
                                           Long defaultSeconds, String noneWord) {
        return new DurationSetting(key, label, group, description, defaultSeconds, true, noneWord);
    }

    public static IntSetting integer(String key, String label, SettingGroup group, String description,
                                     int defaultValue, int min, int max) {
        return new IntSetting(key, label, group, description, defaultValue, min, max);
    }

    public static NumberSetting number(String key, String label, SettingGroup group, String description,
                                       double defaultValue, double min, double max, String unit) {
        return new NumberSetting(key, label, group, description, defaultValue, min, max, unit, null);
    }

    /**
     * A number that may be absent ({@code null}, the default), written {@code noneWord}: for example a price that,
     * left out, is the design's price table's ({@code "table"}).
     */
    public static NumberSetting optionalNumber(String key, String label, SettingGroup group, String description,
                                               double min, double max, String unit, String noneWord) {
        return new NumberSetting(key, label, group, description, null, min, max, unit,
                Objects.requireNonNull(noneWord, "noneWord"));
    }

    public static BoolSetting bool(String key, String label, SettingGroup group, String description,
                                   boolean defaultValue) {
        return new BoolSetting(key, label, group, description, defaultValue);
    }

    /** A list of zone ids, empty by default; the topology checks that each names one of its zones. */
    public static ZoneListSetting zoneList(String key, String label, SettingGroup group, String description) {
        return new ZoneListSetting(key, label, group, description, List.of());
    }

    public static <E extends Enum<E> & Choice> ChoiceSetting<E> choice(String key, String label, SettingGroup group,
                                                                       String description, E defaultValue) {
        return new ChoiceSetting<>(key, label, group, description, defaultValue);
    }

    // ---------------------------------------------------------------- types

    /** A duration in whole seconds; optional ones accept {@code null} ("none"). */
    public static final class DurationSetting extends Setting<Long> {
        private final boolean optional;
        private final String noneWord;

        DurationSetting(String key, String label, SettingGroup group, String description, Long def,
                        boolean optional, String noneWord) {
            super(key, label, group, description, def);
            this.optional = optional;
            this.noneWord = noneWord;
        }

        /** How the absent value is written: {@code none} or {@code unbounded}. */
        public String noneWord() {
            return noneWord;
        }

        /** Whether "none" is a valid value. */
        public boolean optional() {
            return optional;
        }

        @Override
        public Class<?> valueType() {
            return Long.class;
        }

        @Override
        public Long coerce(Object value) {
            if (value == null) {
                if (optional) {
                    return null;
                }
                throw invalid("a duration is required, e.g. 15m, 1h or 90s");
            }
            if (value instanceof String s) {
                return parse(s);
            }
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d) || d != Math.rint(d)) {
                    throw invalid("a duration in seconds must be a whole number, not " + shown(value));
                }
                if (d < 0 || d > Durations.MAX_SECONDS) {
                    // compared as a double: a number beyond a long is refused as it is, not wrapped
                    throw invalid(shown(value) + " s is " + (d < 0 ? "negative; a duration cannot be negative"
                            : "longer than ten years, which is not a plausible recovery duration"));
                }
                try {
                    return Durations.checkSeconds(n.longValue());
                } catch (IllegalArgumentException e) {
                    throw invalid(e.getMessage());
                }
            }
            throw invalid("expected a duration such as \"15m\", not " + shown(value));
        }

        @Override
        public Long parse(String text) {
            String t = text == null ? "" : text.trim();
            boolean none = t.isEmpty() || InputText.equalsIgnoreCase(t, "none")
                    || InputText.equalsIgnoreCase(t, noneWord);
            if (none) {
                if (optional) {
                    return null;
                }
                throw invalid("a duration is required, e.g. 15m, 1h or 90s");
            }
            try {
                return Durations.parseSeconds(text);
            } catch (IllegalArgumentException e) {
                throw invalid(e.getMessage());
            }
        }

        @Override
        public String format(Object value) {
            return value == null ? noneWord : Durations.format((Long) value);
        }

        @Override
        public DurationSetting withDefault(Long newDefault) {
            return new DurationSetting(key(), label(), group(), description(), newDefault, optional, noneWord);
        }

        /**
         * A copy with another default, label and description, for a kind whose technology documents the number
         * that other kinds can only assume (MongoDB's election time beside an assumed failover time).
         */
        public DurationSetting withDefault(Long newDefault, String newLabel, String newDescription) {
            return new DurationSetting(key(), newLabel, group(), newDescription, newDefault, optional, noneWord);
        }
    }

    /** A whole number within a range. */
    public static final class IntSetting extends Setting<Integer> {
        private final int min;
        private final int max;

        IntSetting(String key, String label, SettingGroup group, String description, int def, int min, int max) {
            super(key, label, group, description, def);
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        @Override
        public Class<?> valueType() {
            return Integer.class;
        }

        @Override
        public Integer coerce(Object value) {
            if (value instanceof String s) {
                return parse(s);
            }
            if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())
                    || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw invalid("expected a whole number from " + min + " to " + max + ", not " + shown(value));
            }
            double d = n.doubleValue();
            if (d < min || d > max) {
                // compared as a double: a number beyond a long is out of range, not wrapped into it
                String shown = n instanceof Double || n instanceof Float ? NumberSetting.fmt(d) : n.toString();
                throw outOfRange(Printable.echo(shown));
            }
            return n.intValue();
        }

        /**
         * Reads a whole number written in ASCII digits with an optional minus sign; not {@code +3}, not another
         * script's digits ({@code \u0663}, {@code \uFF13}), which {@link Long#parseLong} accepts.
         */
        @Override
        public Integer parse(String text) {
            String t = text == null ? "" : text.trim();
            if (t.length() > InputText.MAX_WORD) {
                throw invalid(InputText.tooLong(t, InputText.MAX_WORD, "a whole number"));
            }
            int digits = t.startsWith("-") ? 1 : 0;
            if (digits == t.length()) {
                throw invalid("'" + Printable.echo(t) + "' is not a whole number");
            }
            for (int i = digits; i < t.length(); i++) {
                if (!InputText.isDigit(t.charAt(i))) {
                    throw invalid("'" + Printable.echo(t) + "' is not a whole number");
                }
            }
            // at most 64 digits: a double compares them with the range without overflow
            double v = Double.parseDouble(t);
            if (v < min || v > max) {
                throw outOfRange(t);
            }
            return (int) v;
        }

        private InvalidValueException outOfRange(String shown) {
            return invalid(shown + " is out of range; expected " + min + " to " + max);
        }

        @Override
        public IntSetting withDefault(Integer newDefault) {
            return new IntSetting(key(), label(), group(), description(), newDefault, min, max);
        }
    }

    /** A decimal number with a unit, within a range; an optional one accepts {@code null}, written its none word. */
    public static final class NumberSetting extends Setting<Double> {
        private final double min;
        private final double max;
        private final String unit;
        /** How the absent value is written, or null when a number is required. */
        private final String noneWord;

        NumberSetting(String key, String label, SettingGroup group, String description, Double def, double min,
                      double max, String unit, String noneWord) {
            super(key, label, group, description, def);
            this.min = min;
            this.max = max;
            this.unit = unit;
            this.noneWord = noneWord;
        }

        /** Whether the number may be absent ({@code null}). */
        public boolean optional() {
            return noneWord != null;
        }

        /** How the absent value is written (e.g. {@code table}), or null when a number is required. */
        public String noneWord() {
            return noneWord;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        /** The unit shown next to the number, e.g. {@code GB}. */
        public String unit() {
            return unit;
        }

        @Override
        public Class<?> valueType() {
            return Double.class;
        }

        @Override
        public Double coerce(Object value) {
            if (value == null && optional()) {
                return null;
            }
            if (value instanceof String s) {
                return parse(s);
            }
            if (!(value instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
                throw invalid("expected a number of " + unit + ", not " + shown(value));
            }
            double v = n.doubleValue();
            if (v < min || v > max) {
                throw invalid(fmt(v) + " " + unit + " is out of range; expected " + fmt(min) + " to " + fmt(max)
                        + " " + unit);
            }
            return v;
        }

        /**
         * Reads a decimal number as JSON writes one ({@code 100}, {@code -1.5}, {@code 2e3}), optionally followed
         * by the unit; not the Java-only forms that {@link Double#parseDouble} accepts ({@code 100f},
         * {@code 0x1p3}, {@code NaN}, {@code Infinity}).
         */
        @Override
        public Double parse(String text) {
            String t = text == null ? "" : text.trim();
            if (optional() && (t.isEmpty() || InputText.equalsIgnoreCase(t, "none")
                    || InputText.equalsIgnoreCase(t, noneWord))) {
                return null;
            }
            if (t.length() > InputText.MAX_WORD) {
                throw invalid(InputText.tooLong(t, InputText.MAX_WORD, "a number"));
            }
            String number = InputText.endsWithIgnoreCase(t, unit) ? t.substring(0, t.length() - unit.length()).trim()
                    : t;
            if (!isDecimal(number)) {
                throw invalid("'" + Printable.echo(t) + "' is not a number of " + unit);
            }
            double v = Double.parseDouble(number);
            if (Double.isInfinite(v)) {
                throw invalid("'" + Printable.echo(t) + "' is out of range; expected " + fmt(min) + " to " + fmt(max)
                        + " " + unit);
            }
            return coerce(v);
        }

        /** {@code -?digits(.digits)?([eE][+-]?digits)?} in ASCII, checked in one pass. */
        private static boolean isDecimal(String t) {
            int i = t.startsWith("-") ? 1 : 0;
            int start = i;
            while (i < t.length() && InputText.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i < t.length() && t.charAt(i) == '.') {
                int fraction = ++i;
                while (i < t.length() && InputText.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == fraction) {
                    return false;
                }
            }
            if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
                i++;
                if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                    i++;
                }
                int exponent = i;
                while (i < t.length() && InputText.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == exponent) {
                    return false;
                }
            }
            return i == t.length();
        }

        @Override
        public String format(Object value) {
            return value == null ? String.valueOf(noneWord) : fmt((Double) value);
        }

        static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }

        @Override
        public NumberSetting withDefault(Double newDefault) {
            return new NumberSetting(key(), label(), group(), description(), newDefault, min, max, unit, noneWord);
        }
    }

    /** On or off. */
    public static final class BoolSetting extends Setting<Boolean> {
        BoolSetting(String key, String label, SettingGroup group, String description, boolean def) {
            super(key, label, group, description, def);
        }

        @Override
        public Class<?> valueType() {
            return Boolean.class;
        }

        @Override
        public Boolean coerce(Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s) {
                return parse(s);
            }
            throw invalid("expected true or false, not " + shown(value));
        }

        @Override
        public Boolean parse(String text) {
            String t = text == null ? "" : InputText.lower(text.trim());
            switch (t) {
                case "true": case "on": case "yes":
                    return true;
                case "false": case "off": case "no":
                    return false;
                default:
                    throw invalid("expected true or false, not '" + Printable.echo(text) + "'");
            }
        }

        @Override
        public BoolSetting withDefault(Boolean newDefault) {
            return new BoolSetting(key(), label(), group(), description(), newDefault);
        }
    }

    /**
     * Zone ids, in order; a zone may be listed more than once. Empty means none, written {@code none}. Only the
     * ids are checked here; {@link Topology#set} checks that each names one of its zones.
     */
    public static final class ZoneListSetting extends Setting<List<String>> {
        ZoneListSetting(String key, String label, SettingGroup group, String description, List<String> def) {
            super(key, label, group, description, def);
        }

        @Override
        public Class<?> valueType() {
            return List.class;
        }

        @Override
        public List<String> coerce(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof String s) {
                return parse(s);
            }
            if (!(value instanceof Collection<?> items)) {
                throw invalid("expected a list of zone ids such as [\"eu-a\", \"eu-b\"], not " + shown(value));
            }
            List<String> ids = new ArrayList<>(items.size());
            for (Object item : items) {
                if (!(item instanceof String id)) {
                    throw invalid("expected a zone id, not " + shown(item));
                }
                ids.add(checked(id.trim()));
            }
            return List.copyOf(ids);
        }

        /** Reads ids separated by commas or spaces: {@code eu-a, eu-b}; empty or {@code none} for none. */
        @Override
        public List<String> parse(String text) {
            String t = text == null ? "" : text.trim();
            if (t.isEmpty() || InputText.equalsIgnoreCase(t, "none")) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (String part : t.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    ids.add(checked(part));
                }
            }
            return List.copyOf(ids);
        }

        private String checked(String id) {
            try {
                return Topology.checkId(id);
            } catch (IllegalArgumentException e) {
                throw invalid(e.getMessage());
            }
        }

        @Override
        public String format(Object value) {
            List<?> ids = (List<?>) value;
            return ids == null || ids.isEmpty() ? "none"
                    : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }

        @Override
        public ZoneListSetting withDefault(List<String> newDefault) {
            return new ZoneListSetting(key(), label(), group(), description(), List.copyOf(newDefault));
        }
    }

    /** One of an enum's constants, read by id, label or name (case-insensitive in ASCII, see {@link Choice#find}). */
    public static final class ChoiceSetting<E extends Enum<E> & Choice> extends Setting<E> {
        private final Class<E> type;

        ChoiceSetting(String key, String label, SettingGroup group, String description, E def) {
            super(key, label, group, description, def);
            this.type = def.getDeclaringClass();
        }

        public List<E> choices() {
            return Arrays.asList(type.getEnumConstants());
        }

        @Override
        public Class<?> valueType() {
            return type;
        }

        @Override
        public E coerce(Object value) {
            if (type.isInstance(value)) {
                return type.cast(value);
            }
            if (value instanceof String || value instanceof Number) {
                return parse(String.valueOf(value));
            }
            throw invalid("expected one of " + ids() + ", not " + shown(value));
        }

        @Override
        public E parse(String text) {
            String t = text == null ? "" : text.trim();
            if (t.length() > InputText.MAX_WORD) {
                throw invalid(InputText.tooLong(t, InputText.MAX_WORD, "a choice"));
            }
            return Choice.find(type.getEnumConstants(), t)
                    .orElseThrow(() -> invalid("'" + Printable.echo(t) + "' is not one of " + ids()));
        }

        @Override
        public String format(Object value) {
            return ((Choice) value).id();
        }

        private String ids() {
            return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
        }

        @Override
        public ChoiceSetting<E> withDefault(E newDefault) {
            return new ChoiceSetting<>(key(), label(), group(), description(), newDefault);
        }
    }
}
