package dev.lifeboat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Choice;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.InvalidValueException;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Lifeboat's own file format (described in {@code docs/file-format.md}): a JSON object marked
 * {@code "format": "lifeboat"} with a {@code version}, places, components with their explicitly set
 * settings and canvas positions, dependencies (as ids) and journeys.
 *
 * <p>Reading builds a whole new {@link Topology} and returns it only when everything in the file is
 * valid; the first problem stops the load with a {@link LoadException} naming the JSON path. Files of
 * older versions are upgraded step by step to the current version before they are read, so old files
 * keep loading.
 */
public final class NativeFormat {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "lifeboat";

    /**
     * The version this program writes, and the newest it reads. 2 added the Raft store kind and Redis's
     * documented detection timeouts ({@code sentinel_down_after}, {@code cluster_node_timeout}). 3 added a
     * database's further replica groups ({@code more_replica_groups}), backup copies ({@code backup_copies}), a
     * delayed replica ({@code delayed_replica}), the time to notice corruption ({@code detection_time}, per store
     * and in the design's {@code assumptions}) and the design's named {@code variants}.
     */
    public static final int VERSION = 3;

    private static final List<String> TOP_KEYS = List.of("format", "version", "name", "assumptions", "prices",
            "places", "components", "dependencies", "journeys", "variants");
    private static final List<String> ASSUMPTION_KEYS = List.of("detection_time");
    private static final List<String> PLACE_KEYS = List.of("id", "kind", "name", "region", "bounds");
    private static final List<String> BOUNDS_KEYS = List.of("x", "y", "width", "height");
    private static final List<String> COMPONENT_KEYS = List.of("id", "kind", "name", "place", "x", "y",
            "settings");
    private static final List<String> DEPENDENCY_KEYS = List.of("from", "to", "strength");
    private static final List<String> JOURNEY_KEYS = List.of("id", "name", "entry", "rpo_objective",
            "rto_objective", "objectives");
    private static final List<String> OBJECTIVE_KEYS = List.of("rpo", "rto");
    private static final List<String> VARIANT_KEYS = List.of("name", "changes");

    /**
     * Upgrades from each old version to the next: {@code UPGRADES.get(v - 1)} turns a version-v tree into
     * a version-(v+1) tree. A new version adds its step here, and a file of it under the tests' resources.
     */
    private static final List<UnaryOperator<ObjectNode>> UPGRADES = List.of(NativeFormat::upgradeV1ToV2,
            NativeFormat::upgradeV2ToV3);

    private NativeFormat() {
    }

    /** Whether a parsed JSON document declares itself a Lifeboat file. */
    public static boolean isNative(JsonNode root) {
        return root != null && root.isObject() && root.has("format");
    }

    // ================================================================ writing

    /** The topology as a JSON tree in the current version; same topology, same tree. */
    public static ObjectNode write(Topology topology) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", topology.name());
        if (topology.isDetectionTimeSet()) {
            putDuration(root.putObject("assumptions"), "detection_time",
                    TimeBound.ofSeconds(topology.detectionTime()));
        }
        writePrices(root, topology.prices());

        ArrayNode places = root.putArray("places");
        for (PlaceKind kind : List.of(PlaceKind.REGION, PlaceKind.ZONE)) {
            for (Place p : topology.places()) {
                if (p.kind() == kind) {
                    places.add(writePlace(p));
                }
            }
        }

        ArrayNode components = root.putArray("components");
        for (Component c : topology.components()) {
            components.add(writeComponent(c));
        }

        ArrayNode dependencies = root.putArray("dependencies");
        for (Dependency d : topology.dependencies()) {
            ObjectNode n = dependencies.addObject();
            n.put("from", d.source().id());
            n.put("to", d.target().id());
            n.put("strength", d.strength().id());
        }

        ArrayNode journeys = root.putArray("journeys");
        for (Journey j : topology.journeys()) {
            ObjectNode n = journeys.addObject();
            n.put("id", j.id());
            n.put("name", j.name());
            ArrayNode entry = n.putArray("entry");
            j.entries().forEach(c -> entry.add(c.id()));
            if (j.rpoObjective() != null) {
                putDuration(n, "rpo_objective", j.rpoObjective());
            }
            if (j.rtoObjective() != null) {
                putDuration(n, "rto_objective", j.rtoObjective());
            }
            if (!j.scenarioObjectives().isEmpty()) {
                ObjectNode per = n.putObject("objectives");
                j.scenarioObjectives().forEach((scenario, o) -> {
                    ObjectNode pair = per.putObject(scenario);
                    if (o.rpo() != null) {
                        putDuration(pair, "rpo", o.rpo());
                    }
                    if (o.rto() != null) {
                        putDuration(pair, "rto", o.rto());
                    }
                });
            }
        }
        writeVariants(root, topology);
        return root;
    }

    /**
     * {@code "variants": [{"name": "Proposal A", "changes": {"orders-db": {"replication_mode": "sync"}}}]}: each
     * change in the settings' own file form, {@code null} for "the kind's default"; components in the model's
     * order, settings in the kind's order. Changes of components or settings the topology no longer has are left
     * out, and so are zones it no longer has.
     */
    private static void writeVariants(ObjectNode root, Topology topology) {
        if (topology.variants().isEmpty()) {
            return;
        }
        ArrayNode variants = root.putArray("variants");
        for (Variant v : topology.variants()) {
            ObjectNode n = variants.addObject();
            n.put("name", v.name());
            ObjectNode changes = n.putObject("changes");
            for (Component c : topology.components()) {
                Map<String, Object> values = v.applicable(c);
                if (values.isEmpty()) {
                    continue;
                }
                ObjectNode settings = changes.putObject(c.id());
                values.forEach((key, value) -> {
                    Setting<?> s = c.kind().setting(key).orElseThrow();
                    if (value instanceof List<?> ids && s instanceof Setting.ZoneListSetting) {
                        List<?> kept = ids.stream().filter(id -> topology.place(String.valueOf(id))
                                .filter(p -> p.kind() == PlaceKind.ZONE).isPresent()).toList();
                        value = kept.isEmpty() ? Variant.DEFAULT : kept;
                    }
                    if (value == Variant.DEFAULT) {
                        settings.putNull(key);
                    } else {
                        putSetting(settings, s, value);
                    }
                });
            }
        }
    }

    private static ObjectNode writePlace(Place p) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", p.id());
        n.put("kind", p.kind().id());
        n.put("name", p.name());
        if (p.region() != null) {
            n.put("region", p.region().id());
        }
        ObjectNode b = n.putObject("bounds");
        putNumber(b, "x", p.bounds().x());
        putNumber(b, "y", p.bounds().y());
        putNumber(b, "width", p.bounds().width());
        putNumber(b, "height", p.bounds().height());
        return n;
    }

    /** The design's unit prices that differ from the defaults, if any: {@code "prices": {"currency": "EUR", ...}}. */
    private static void writePrices(ObjectNode root, Prices p) {
        Prices d = Prices.DEFAULTS;
        if (p.equals(d)) {
            return;
        }
        ObjectNode n = root.putObject("prices");
        if (!p.currency().equals(d.currency())) {
            n.put(Prices.CURRENCY, p.currency());
        }
        ObjectNode instances = null;
        for (ComponentKind k : Prices.instanceKinds()) {
            if (p.instanceMonth(k) != d.instanceMonth(k)) {
                if (instances == null) {
                    instances = n.putObject(Prices.INSTANCE_MONTH);
                }
                putNumber(instances, k.id(), p.instanceMonth(k));
            }
        }
        for (String key : Prices.GB_KEYS) {
            if (p.perGb(key) != d.perGb(key)) {
                putNumber(n, key, p.perGb(key));
            }
        }
    }

    private static ObjectNode writeComponent(Component c) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", c.id());
        n.put("kind", c.kind().id());
        n.put("name", c.name());
        if (c.place() != null) {
            n.put("place", c.place().id());
        }
        putNumber(n, "x", c.x());
        putNumber(n, "y", c.y());
        Map<String, Object> explicit = c.explicitValues();
        if (!explicit.isEmpty()) {
            ObjectNode settings = n.putObject("settings");
            // the kind's order, not the order of editing: same topology, same bytes
            for (Setting<?> s : c.kind().settings()) {
                if (explicit.containsKey(s.key())) {
                    putSetting(settings, s, explicit.get(s.key()));
                }
            }
        }
        return n;
    }

    private static void putSetting(ObjectNode settings, Setting<?> s, Object value) {
        if (value instanceof Boolean b) {
            settings.put(s.key(), b);
        } else if (value instanceof Integer i) {
            settings.put(s.key(), i);
        } else if (value instanceof Double d) {
            putNumber(settings, s.key(), d);
        } else if (value instanceof Long seconds) {
            putDuration(settings, s.key(), TimeBound.ofSeconds(seconds));
        } else if (s instanceof ListSetting list) {
            // entries as objects of their given fields: [{"mode": "async", "placement": "other_region"}]
            ArrayNode array = settings.putArray(s.key());
            for (Object o : (List<?>) value) {
                ObjectNode entry = array.addObject();
                ((ListSetting.Entry) o).values().forEach((k, v) -> putSetting(entry, list.field(k), v));
            }
        } else if (value instanceof List<?> ids) {
            // zone ids, in order: "member_zones": ["eu-a", "eu-b", "eu-c"]
            ArrayNode array = settings.putArray(s.key());
            ids.forEach(id -> array.add(String.valueOf(id)));
        } else {
            // durations that are absent ("none"), choices by id ("async", "all")
            settings.put(s.key(), s.format(value));
        }
    }

    /**
     * A duration as text ("1h30m", "unbounded") when the text reads back exactly, else as a number of
     * seconds: the compact text drops the seconds of durations of a day or more.
     */
    private static void putDuration(ObjectNode n, String key, TimeBound t) {
        String text = t.toString();
        if (t.isUnbounded() || Durations.parseSeconds(text) == t.seconds()) {
            n.put(key, text);
        } else {
            n.put(key, t.seconds());
        }
    }

    /** Whole numbers without a decimal point ({@code 120}, not {@code 120.0}). */
    private static void putNumber(ObjectNode n, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(key, (long) v);
        } else {
            n.put(key, v);
        }
    }

    // ================================================================ reading

    /**
     * Reads a parsed Lifeboat document into a new topology.
     *
     * @param source only used in messages; may be null
     * @throws LoadException naming the path of the first problem
     */
    public static Topology read(JsonNode root, Path source) throws LoadException {
        Nodes in = new Nodes(source);
        ObjectNode doc = in.object(root, "$");
        checkFormat(in, doc);
        int version = readVersion(in, doc);
        ObjectNode current = doc;
        for (int v = version; v < VERSION; v++) {
            current = UPGRADES.get(v - 1).apply(current.deepCopy());
        }
        return new V1Reader(in).read(current);
    }

    /**
     * Version 1 to 2. In version 1 a Redis component's {@code failover_time} was the whole automatic failover;
     * from version 2 it is the vote and the promotion after the documented detection timeout
     * ({@code sentinel_down_after}, 30 s, or {@code cluster_node_timeout}, 15 s, by {@code redis_failover}).
     * The step keeps each file's total: it subtracts the detection timeout, or, when the old total was shorter,
     * makes it the detection timeout and the vote 0. Values it cannot read are left for the reader to report.
     * (Version 2 also knows the Raft store kind, which version 1 files cannot contain.)
     */
    private static ObjectNode upgradeV1ToV2(ObjectNode doc) {
        JsonNode components = doc.get("components");
        if (components != null && components.isArray()) {
            for (JsonNode c : components) {
                JsonNode kind = c.get("kind");
                JsonNode settings = c.get("settings");
                if (kind != null && kind.isTextual() && settings instanceof ObjectNode s
                        && ComponentKind.byId(kind.asText()).orElse(null) == ComponentKind.REDIS) {
                    upgradeRedisFailover(s);
                }
            }
        }
        doc.put("version", 2);
        return doc;
    }

    private static void upgradeRedisFailover(ObjectNode settings) {
        JsonNode old = settings.get(Redis.FAILOVER_TIME.key());
        Long total = null;
        try {
            if (old != null && old.isTextual()) {
                total = Durations.parseSeconds(old.asText());
            } else if (old != null && old.isIntegralNumber() && old.canConvertToLong()) {
                total = Durations.checkSeconds(old.longValue());
            }
        } catch (IllegalArgumentException e) {
            total = null;
        }
        if (total == null) {
            return;
        }
        JsonNode mechanism = settings.get(Redis.FAILOVER.key());
        Redis.Failover failover = mechanism != null && mechanism.isTextual()
                ? Choice.find(Redis.Failover.values(), mechanism.asText()).orElse(Redis.Failover.SENTINEL)
                : Redis.Failover.SENTINEL;
        Setting.DurationSetting detection = Redis.detection(failover == Redis.Failover.NONE
                ? Redis.Failover.SENTINEL : failover);
        long timeout = detection.defaultValue();
        if (total >= timeout) {
            putDuration(settings, Redis.FAILOVER_TIME.key(), TimeBound.ofSeconds(total - timeout));
        } else {
            putDuration(settings, detection.key(), TimeBound.ofSeconds(total));
            putDuration(settings, Redis.FAILOVER_TIME.key(), TimeBound.ZERO);
        }
    }

    /**
     * Version 2 to 3: version 3 only adds keys (further replica groups, backup copies, a delayed replica, the
     * time to notice corruption), so a version-2 tree reads as it is.
     */
    private static ObjectNode upgradeV2ToV3(ObjectNode doc) {
        doc.put("version", 3);
        return doc;
    }

    private static void checkFormat(Nodes in, ObjectNode doc) throws LoadException {
        JsonNode format = doc.get("format");
        if (format == null || format.isNull()) {
            throw in.error("$.format", "missing \"format\": \"" + FORMAT + "\"; this is not a Lifeboat file");
        }
        if (!format.isTextual() || !format.asText().equals(FORMAT)) {
            String what = format.isTextual() ? "\"" + Printable.echo(format.asText()) + "\"" : Nodes.describe(format);
            throw in.error("$.format", "unknown format " + what + "; Lifeboat reads \""
                    + FORMAT + "\" files and service-config files (without a \"format\" key)");
        }
    }

    private static int readVersion(Nodes in, ObjectNode doc) throws LoadException {
        JsonNode v = in.required(doc, "$", "version");
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw in.error("$.version", "expected a format version (a whole number from 1), found "
                    + Nodes.describe(v));
        }
        if (v.intValue() > VERSION) {
            throw in.error("$.version", "written by a newer Lifeboat: format version " + v.intValue()
                    + ", this version reads up to " + VERSION);
        }
        return v.intValue();
    }

    /** Reads the current version's structure. */
    private static final class V1Reader {

        private final Nodes in;
        private final Topology topology = new Topology();

        V1Reader(Nodes in) {
            this.in = in;
        }

        Topology read(ObjectNode doc) throws LoadException {
            in.onlyKeys(doc, "$", TOP_KEYS);
            String name = in.optionalText(doc, "$", "name");
            if (name != null) {
                topology.setName(name);
            }
            readAssumptions(Nodes.optional(doc, "assumptions"));
            readPrices(Nodes.optional(doc, "prices"));
            readPlaces(in.optionalArray(doc, "$", "places"));
            readComponents(in.optionalArray(doc, "$", "components"));
            readDependencies(in.optionalArray(doc, "$", "dependencies"));
            readJourneys(in.optionalArray(doc, "$", "journeys"));
            readVariants(in.optionalArray(doc, "$", "variants"));
            return topology;
        }

        /** The design's assumptions: {@code "assumptions": {"detection_time": "30m"}}. */
        private void readAssumptions(JsonNode node) throws LoadException {
            if (node == null) {
                return;
            }
            ObjectNode a = in.object(node, "$.assumptions");
            in.onlyKeys(a, "$.assumptions", ASSUMPTION_KEYS);
            JsonNode detection = Nodes.optional(a, "detection_time");
            if (detection != null) {
                String path = "$.assumptions.detection_time";
                try {
                    topology.setDetectionTime(Settings.DETECTION_TIME.coerce(in.scalar(detection, path)));
                } catch (IllegalArgumentException e) {
                    throw in.error(path, e.getMessage());
                }
            }
        }

        /**
         * The design's unit prices, each left out keeping its default: {@code "prices": {"currency": "EUR",
         * "instance_month": {"postgresql": 250}, "block_gb_month": 0.1}}.
         */
        private void readPrices(JsonNode node) throws LoadException {
            if (node == null) {
                return;
            }
            ObjectNode n = in.object(node, "$.prices");
            in.onlyKeys(n, "$.prices", Prices.KEYS);
            Prices prices = Prices.DEFAULTS;
            {
                JsonNode currency = Nodes.optional(n, Prices.CURRENCY);
                if (currency != null) {
                    String path = "$.prices." + Prices.CURRENCY;
                    String code = in.text(currency, path);
                    prices = priced(path, prices, p -> p.withCurrency(code));
                }
                JsonNode instances = Nodes.optional(n, Prices.INSTANCE_MONTH);
                if (instances != null) {
                    String ip = "$.prices." + Prices.INSTANCE_MONTH;
                    ObjectNode obj = in.object(instances, ip);
                    List<String> kinds = Prices.instanceKinds().stream().map(ComponentKind::id).toList();
                    var fields = obj.fields();
                    while (fields.hasNext()) {
                        var e = fields.next();
                        in.checkKey(e.getKey(), ip);
                        String kp = Nodes.field(ip, e.getKey());
                        ComponentKind kind = kinds.contains(e.getKey())
                                ? ComponentKind.byId(e.getKey()).orElseThrow() : null;
                        if (kind == null) {
                            boolean known = ComponentKind.byId(e.getKey()).isPresent();
                            throw in.error(kp, (known ? ComponentKind.byId(e.getKey()).orElseThrow().label()
                                    + " has no instances to price" : "unknown kind \"" + Printable.echo(e.getKey())
                                    + "\"" + Nodes.suggestion(e.getKey(), kinds)) + "; expected one of "
                                    + String.join(", ", kinds));
                        }
                        double price = in.number(e.getValue(), kp);
                        prices = priced(kp, prices, p -> p.withInstanceMonth(kind, price));
                    }
                }
                for (String key : Prices.GB_KEYS) {
                    JsonNode v = Nodes.optional(n, key);
                    if (v != null) {
                        String path = "$.prices." + key;
                        double price = in.number(v, path);
                        prices = priced(path, prices, p -> p.withPerGb(key, price));
                    }
                }
            }
            topology.setPrices(prices);
        }

        /** A changed table, or the change's refusal as a load error at {@code path}. */
        private Prices priced(String path, Prices prices, UnaryOperator<Prices> change) throws LoadException {
            try {
                return change.apply(prices);
            } catch (IllegalArgumentException e) {
                throw in.error(path, e.getMessage());
            }
        }

        // ------------------------------------------------------------ places

        private void readPlaces(ArrayNode places) throws LoadException {
            if (places == null) {
                return;
            }
            // regions first, so that zones can name a region listed after them
            Set<String> ids = new HashSet<>();
            List<Integer> zones = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                String path = Nodes.index("$.places", i);
                ObjectNode n = in.object(places.get(i), path);
                in.onlyKeys(n, path, PLACE_KEYS);
                String id = id(n, path, ids, "place");
                PlaceKind kind = placeKind(n, path);
                if (kind == PlaceKind.ZONE) {
                    zones.add(i);
                    continue;
                }
                if (Nodes.optional(n, "region") != null) {
                    throw in.error(Nodes.field(path, "region"), "a region cannot be inside another place");
                }
                addPlace(n, path, id, kind, null);
            }
            for (int i : zones) {
                String path = Nodes.index("$.places", i);
                ObjectNode n = (ObjectNode) places.get(i);
                String regionId = in.optionalText(n, path, "region");
                Place region = null;
                if (regionId != null) {
                    region = topology.place(regionId).filter(p -> p.kind() == PlaceKind.REGION)
                            .orElseThrow(() -> in.error(Nodes.field(path, "region"), ids.contains(regionId)
                                    ? "\"" + Printable.echo(regionId)
                                            + "\" is a zone; a zone can only be inside a region"
                                    : "no region with id \"" + Printable.echo(regionId) + "\""));
                }
                addPlace(n, path, n.get("id").asText(), PlaceKind.ZONE, region);
            }
        }

        private PlaceKind placeKind(ObjectNode n, String path) throws LoadException {
            String kind = in.requiredText(n, path, "kind");
            return Choice.find(PlaceKind.values(), kind).orElseThrow(() -> in.error(Nodes.field(path, "kind"),
                    "unknown place kind \"" + Printable.echo(kind) + "\"; expected region or zone"));
        }

        private void addPlace(ObjectNode n, String path, String id, PlaceKind kind, Place region)
                throws LoadException {
            String name = in.optionalText(n, path, "name");
            Bounds bounds = bounds(n, path);
            try {
                topology.addPlace(id, kind, name == null ? id : name, region, bounds);
            } catch (IllegalArgumentException e) {
                throw in.error(path, e.getMessage());
            }
        }

        private Bounds bounds(ObjectNode n, String path) throws LoadException {
            JsonNode b = Nodes.optional(n, "bounds");
            if (b == null) {
                return null;
            }
            String bp = Nodes.field(path, "bounds");
            ObjectNode o = in.object(b, bp);
            in.onlyKeys(o, bp, BOUNDS_KEYS);
            double[] v = new double[4];
            for (int k = 0; k < 4; k++) {
                String key = BOUNDS_KEYS.get(k);
                v[k] = in.number(in.required(o, bp, key), Nodes.field(bp, key));
            }
            try {
                return new Bounds(v[0], v[1], v[2], v[3]);
            } catch (IllegalArgumentException e) {
                throw in.error(bp, e.getMessage());
            }
        }

        // ------------------------------------------------------------ components

        private void readComponents(ArrayNode components) throws LoadException {
            if (components == null) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < components.size(); i++) {
                String path = Nodes.index("$.components", i);
                ObjectNode n = in.object(components.get(i), path);
                in.onlyKeys(n, path, COMPONENT_KEYS);
                String id = id(n, path, ids, "component");
                ComponentKind kind = componentKind(in, n, path);
                String name = in.optionalText(n, path, "name");
                double x = in.optionalNumber(n, path, "x", 0);
                double y = in.optionalNumber(n, path, "y", 0);
                String placeId = in.optionalText(n, path, "place");
                Place place = null;
                if (placeId != null) {
                    place = topology.place(placeId).orElseThrow(() -> in.error(Nodes.field(path, "place"),
                            "no region or zone with id \"" + Printable.echo(placeId) + "\""));
                }
                Component c;
                try {
                    c = topology.addComponent(id, kind, name == null ? id : name);
                } catch (IllegalArgumentException e) {
                    throw in.error(path, e.getMessage());
                }
                topology.move(c, x, y);
                topology.place(c, place);
                readSettings(c, n, path);
            }
        }

        private void readSettings(Component c, ObjectNode n, String path) throws LoadException {
            JsonNode s = Nodes.optional(n, "settings");
            if (s == null) {
                return;
            }
            String sp = Nodes.field(path, "settings");
            ObjectNode settings = in.object(s, sp);
            var fields = settings.fields();
            while (fields.hasNext()) {
                var e = fields.next();
                String key = e.getKey();
                in.checkKey(key, sp);
                String kp = Nodes.field(sp, key);
                Setting<?> setting = c.kind().setting(key).orElseThrow(() -> unknownSetting(c, key, kp));
                setValue(in, topology, c, key, settingValue(setting, e.getValue(), kp), kp);
            }
        }

        /** A setting's value in its file form, not yet checked against the setting's range. */
        private Object settingValue(Setting<?> setting, JsonNode node, String path) throws LoadException {
            if (setting instanceof ListSetting list) {
                return entries(list, node, path);
            } else if (setting instanceof Setting.ZoneListSetting && node.isArray()) {
                return zoneIds(node, path);
            }
            return in.scalar(node, path);
        }

        // ------------------------------------------------------------ variants

        /**
         * The named variants: a unique name each (case aside), and changes of settings of components listed
         * under components, each checked like the setting itself; {@code null} means the kind's default.
         */
        private void readVariants(ArrayNode variants) throws LoadException {
            if (variants == null) {
                return;
            }
            for (int i = 0; i < variants.size(); i++) {
                String path = Nodes.index("$.variants", i);
                ObjectNode n = in.object(variants.get(i), path);
                in.onlyKeys(n, path, VARIANT_KEYS);
                String name = in.requiredText(n, path, "name");
                Variant v;
                try {
                    v = topology.addVariant(name);
                } catch (IllegalArgumentException e) {
                    throw in.error(Nodes.field(path, "name"), e.getMessage());
                }
                JsonNode changes = Nodes.optional(n, "changes");
                if (changes == null) {
                    continue;
                }
                String cp = Nodes.field(path, "changes");
                var components = in.object(changes, cp).fields();
                while (components.hasNext()) {
                    var ce = components.next();
                    in.checkKey(ce.getKey(), cp);
                    String idp = Nodes.field(cp, ce.getKey());
                    Component c = component(ce.getKey(), idp);
                    var settings = in.object(ce.getValue(), idp).fields();
                    while (settings.hasNext()) {
                        var se = settings.next();
                        String key = se.getKey();
                        in.checkKey(key, idp);
                        String kp = Nodes.field(idp, key);
                        Setting<?> setting = c.kind().setting(key).orElseThrow(() -> unknownSetting(c, key, kp));
                        Object value = se.getValue().isNull() ? Variant.DEFAULT : settingValue(setting,
                                se.getValue(), kp);
                        try {
                            v = topology.setVariantValue(v, c, key, value);
                        } catch (IllegalArgumentException e) {
                            throw in.error(kp, e.getMessage());
                        }
                    }
                }
            }
        }

        private LoadException unknownSetting(Component c, String key, String path) {
            List<String> valid = c.kind().settings().stream().map(Setting::key).collect(Collectors.toList());
            return in.error(path, "unknown setting \"" + Printable.echo(key) + "\" for " + c.kind().label()
                    + Nodes.suggestion(key, valid) + "; its settings are " + String.join(", ", valid));
        }

        /** A list setting's entries, each field checked where it stands: {@code ...more_replica_groups[0].lag}. */
        private List<ListSetting.Entry> entries(ListSetting list, JsonNode node, String path) throws LoadException {
            return NativeFormat.entries(in, list, node, path);
        }

        /** A list of zone ids, each checked where it stands: {@code $.components[0].settings.member_zones[1]}. */
        private List<String> zoneIds(JsonNode array, String path) throws LoadException {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < array.size(); k++) {
                String ip = Nodes.index(path, k);
                String id = in.text(array.get(k), ip);
                Place p = topology.place(id).orElse(null);
                if (p == null || p.kind() != PlaceKind.ZONE) {
                    throw in.error(ip, (p == null ? "no zone" : "a region, not a zone") + " with id \""
                            + Printable.echo(id) + "\"; member zones must be zones listed under places");
                }
                ids.add(id);
            }
            return ids;
        }

        // ------------------------------------------------------------ dependencies

        private void readDependencies(ArrayNode dependencies) throws LoadException {
            if (dependencies == null) {
                return;
            }
            for (int i = 0; i < dependencies.size(); i++) {
                String path = Nodes.index("$.dependencies", i);
                ObjectNode n = in.object(dependencies.get(i), path);
                in.onlyKeys(n, path, DEPENDENCY_KEYS);
                Component from = component(in.requiredText(n, path, "from"), Nodes.field(path, "from"));
                Component to = component(in.requiredText(n, path, "to"), Nodes.field(path, "to"));
                Strength strength = Strength.HARD;
                String s = in.optionalText(n, path, "strength");
                if (s != null) {
                    strength = Choice.find(Strength.values(), s).orElseThrow(() -> in.error(
                            Nodes.field(path, "strength"), "unknown strength \"" + Printable.echo(s)
                                    + "\"; expected hard or soft"));
                }
                if (from == to) {
                    throw in.error(path, "\"" + from.id() + "\" cannot depend on itself");
                }
                if (topology.dependency(from, to).isPresent()) {
                    throw in.error(path, "duplicate dependency: \"" + from.id() + "\" already depends on \""
                            + to.id() + "\"");
                }
                topology.addDependency(from, to, strength);
            }
        }

        private Component component(String id, String path) throws LoadException {
            return topology.component(id).orElseThrow(() -> in.error(path, "no component with id \""
                    + Printable.echo(id) + "\""));
        }

        // ------------------------------------------------------------ journeys

        private void readJourneys(ArrayNode journeys) throws LoadException {
            if (journeys == null) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < journeys.size(); i++) {
                String path = Nodes.index("$.journeys", i);
                ObjectNode n = in.object(journeys.get(i), path);
                in.onlyKeys(n, path, JOURNEY_KEYS);
                String id = id(n, path, ids, "journey");
                String name = in.requiredText(n, path, "name");
                String ep = Nodes.field(path, "entry");
                ArrayNode entry = in.array(in.required(n, path, "entry"), ep);
                Map<String, Component> entries = new LinkedHashMap<>();
                for (int k = 0; k < entry.size(); k++) {
                    String kp = Nodes.index(ep, k);
                    String cid = in.text(entry.get(k), kp);
                    if (entries.containsKey(cid)) {
                        throw in.error(kp, "\"" + Printable.echo(cid) + "\" is listed twice");
                    }
                    entries.put(cid, component(cid, kp));
                }
                TimeBound rpo = objective(in, Nodes.optional(n, "rpo_objective"), Nodes.field(path, "rpo_objective"));
                TimeBound rto = objective(in, Nodes.optional(n, "rto_objective"), Nodes.field(path, "rto_objective"));
                Map<String, Objectives> perScenario = scenarioObjectives(in, n, path);
                try {
                    Journey j = topology.addJourney(id, name, new ArrayList<>(entries.values()), rpo, rto);
                    if (!perScenario.isEmpty()) {
                        topology.setScenarioObjectives(j, perScenario);
                    }
                } catch (IllegalArgumentException e) {
                    throw in.error(path, e.getMessage());
                }
            }
        }

        // ------------------------------------------------------------ helpers

        /** A required, well-formed id not yet used by another item of the same list. */
        private String id(ObjectNode n, String path, Set<String> seen, String what) throws LoadException {
            String id = in.requiredText(n, path, "id");
            String ip = Nodes.field(path, "id");
            try {
                Topology.checkId(id);
            } catch (IllegalArgumentException e) {
                throw in.error(ip, e.getMessage());
            }
            if (!seen.add(id)) {
                throw in.error(ip, "duplicate " + what + " id \"" + id + "\"");
            }
            return id;
        }
    }

    // ================================================================ shared with the importer

    /** The component kind in the {@code kind} field, or an error listing the valid ones. */
    static ComponentKind componentKind(Nodes in, ObjectNode n, String path) throws LoadException {
        String kind = in.requiredText(n, path, "kind");
        return ComponentKind.byId(kind).orElseThrow(() -> {
            List<String> valid = Arrays.stream(ComponentKind.values()).map(ComponentKind::id)
                    .collect(Collectors.toList());
            return in.error(Nodes.field(path, "kind"), "unknown component kind \"" + Printable.echo(kind) + "\""
                    + Nodes.suggestion(kind, valid) + "; expected one of " + String.join(", ", valid));
        });
    }

    /** Sets a setting, turning the model's refusal into an error at {@code path}. */
    /**
     * Reads a list setting's entries from an array of objects (or its text form), naming the entry and the field
     * of the first problem: {@code $.components[2].settings.more_replica_groups[0].lag}.
     */
    static List<ListSetting.Entry> entries(Nodes in, ListSetting list, JsonNode node, String path)
            throws LoadException {
        if (node == null || node.isNull() || node.isTextual()) {
            try {
                return list.coerce(node == null || node.isNull() ? null : node.asText());
            } catch (IllegalArgumentException e) {
                throw in.error(path, e.getMessage());
            }
        }
        ArrayNode array = in.array(node, path);
        if (array.size() > ListSetting.MAX_ENTRIES) {
            throw in.error(path, array.size() + " " + list.noun() + "s is more than the " + ListSetting.MAX_ENTRIES
                    + " a design can have");
        }
        List<ListSetting.Entry> out = new ArrayList<>(array.size());
        List<String> keys = list.fields().stream().map(Setting::key).toList();
        for (int k = 0; k < array.size(); k++) {
            String ep = Nodes.index(path, k);
            ObjectNode o = in.object(array.get(k), ep);
            in.onlyKeys(o, ep, keys);
            out.add(entry(in, list, o, ep, k + 1, Map.of()));
        }
        return out;
    }

    /**
     * Reads one entry of a list setting from an object whose keys were checked, naming the field of the first
     * problem as the file spells it: {@code aliases} maps a file's key to the field it stands for
     * ({@code lag_seconds} for {@code lag} in service-config files).
     */
    static ListSetting.Entry entry(Nodes in, ListSetting list, ObjectNode o, String path, int number,
                                   Map<String, String> aliases) throws LoadException {
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String field = aliases.getOrDefault(f.getKey(), f.getKey());
            if (spelled.put(field, f.getKey()) != null) {
                throw in.error(Nodes.field(path, f.getKey()), "give " + spelled.get(field) + " or "
                        + f.getKey() + ", not both");
            }
            raw.put(field, in.scalar(f.getValue(), Nodes.field(path, f.getKey())));
        }
        try {
            return list.entry(raw, number);
        } catch (InvalidValueException e) {
            String field = ListSetting.fieldOf(e);
            throw in.error(field == null ? path : Nodes.field(path, spelled.getOrDefault(field, field)),
                    e.getMessage());
        }
    }

    static void setValue(Nodes in, Topology topology, Component c, String key, Object value, String path)
            throws LoadException {
        try {
            topology.set(c, key, value);
        } catch (IllegalArgumentException e) {
            throw in.error(path, e.getMessage());
        }
    }

    /**
     * A journey's objectives for particular failures: {@code "objectives": {"zone-loss": {"rpo": "0s",
     * "rto": "5m"}}}, keyed by scenario id (as in the command line's --scenario); empty when absent.
     */
    static Map<String, Objectives> scenarioObjectives(Nodes in, ObjectNode journey, String path)
            throws LoadException {
        JsonNode node = Nodes.optional(journey, "objectives");
        Map<String, Objectives> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        String op = Nodes.field(path, "objectives");
        ObjectNode per = in.object(node, op);
        List<String> ids = Arrays.stream(Scenario.values()).map(Scenario::id).toList();
        in.onlyKeys(per, op, ids);
        Iterator<String> names = per.fieldNames();
        while (names.hasNext()) {
            String scenario = names.next();
            String sp = Nodes.field(op, scenario);
            ObjectNode pair = in.object(per.get(scenario), sp);
            in.onlyKeys(pair, sp, OBJECTIVE_KEYS);
            out.put(scenario, new Objectives(objective(in, Nodes.optional(pair, "rpo"), Nodes.field(sp, "rpo")),
                    objective(in, Nodes.optional(pair, "rto"), Nodes.field(sp, "rto"))));
        }
        return out;
    }

    /** An objective: null when absent, a duration text, "unbounded", or a number of seconds. */
    static TimeBound objective(Nodes in, JsonNode node, String path) throws LoadException {
        if (node == null) {
            return null;
        }
        try {
            if (node.isTextual()) {
                return Durations.parseBound(node.asText());
            }
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return TimeBound.ofSeconds(Durations.checkSeconds(node.longValue()));
            }
        } catch (IllegalArgumentException e) {
            throw in.error(path, e.getMessage());
        }
        throw in.error(path, "expected a duration such as \"15m\" or a whole number of seconds, found "
                + Nodes.describe(node));
    }
}
