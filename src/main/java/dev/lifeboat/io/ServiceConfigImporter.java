package dev.lifeboat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ConfigSection;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the service-config format architects already write: one JSON object per service with its
 * {@code service_name}, {@code dependencies}, {@code database}, {@code message_queue} and {@code cache}.
 * The input is one such object, an array of them, or {@code {"services": [...], "externals": [...],
 * "journeys": [...]}}. Keys are snake_case and optional (a missing key keeps the technology's default);
 * an unknown key is an error, so that a typo does not silently change the analysis.
 *
 * <p>Each service becomes a service component; its database, message queue and cache become components
 * named {@code <service>-db}, {@code <service>-kafka} and {@code <service>-redis} that the service
 * depends on (hard). A dependency naming another service of the file is a hard dependency on it; any
 * other name becomes an external provider, created once. Without journeys, each service is the entry of
 * a journey of its own name without objectives. The result is laid out in columns on the canvas.
 *
 * <p>See {@code docs/file-format.md} for every accepted key.
 */
public final class ServiceConfigImporter {

    private static final List<String> WRAPPER_KEYS = List.of("name", "services", "externals", "journeys");
    private static final List<String> SERVICE_KEYS = List.of("service_name", "dependencies", "database",
            "message_queue", "cache", "instances", "spread", "active_active");
    private static final List<String> DATABASE_KEYS = List.of("type", "replication_mode", "replicas",
            "replica_placement", "failover", "backup_frequency", "retention_days", "wal_archiving",
            "archive_timeout_seconds", "data_size_gb", "restore_rate_gb_per_hour", "replica_groups", "backup_copies",
            "delayed_replica");
    /** The one-group keys that {@code replica_groups} replaces. */
    private static final List<String> ONE_GROUP_KEYS = List.of("replication_mode", "replicas", "replica_placement",
            "replication_lag", "failover");
    private static final List<String> GROUP_KEYS = List.of("mode", "replicas", "placement", "lag", "lag_seconds",
            "failover");
    private static final List<String> QUEUE_KEYS = List.of("type", "acks", "partitions", "replication_factor",
            "min_insync_replicas", "unclean_leader_election");
    private static final List<String> CACHE_KEYS = List.of("type", "persistence", "appendfsync",
            "snapshot_interval_seconds", "replicas", "eviction_policy", "backup_frequency", "retention_days",
            "role");
    private static final List<String> EXTERNAL_KEYS = List.of("name", "stated_rpo", "stated_rto");
    private static final List<String> JOURNEY_KEYS = List.of("name", "entry", "rpo_target", "rto_target",
            "objectives");

    /** The ASCII white space that words may contain, as Java's regular expressions define it. */
    private static final String SPACES = " \t\n\u000B\f\r";

    private final Nodes in;
    private final Topology topology = new Topology();
    private final Map<String, Component> services = new LinkedHashMap<>();
    private final Map<String, Component> externals = new LinkedHashMap<>();

    private ServiceConfigImporter(Path source) {
        this.in = new Nodes(source);
    }

    /**
     * Imports a parsed service-config document into a new topology.
     *
     * @param source only used in messages; may be null
     * @throws LoadException naming the path of the first problem
     */
    public static Topology read(JsonNode root, Path source) throws LoadException {
        return new ServiceConfigImporter(source).importAll(root);
    }

    private Topology importAll(JsonNode root) throws LoadException {
        List<ObjectNode> serviceNodes = new ArrayList<>();
        List<String> servicePaths = new ArrayList<>();
        ArrayNode journeyNodes = null;
        ArrayNode externalNodes = null;
        String name = null;
        if (root != null && root.isArray()) {
            collect(root, "$", serviceNodes, servicePaths);
        } else if (root != null && root.isObject() && root.has("services")) {
            ObjectNode wrapper = (ObjectNode) root;
            in.onlyKeys(wrapper, "$", WRAPPER_KEYS);
            name = in.optionalText(wrapper, "$", "name");
            collect(in.array(in.required(wrapper, "$", "services"), "$.services"), "$.services", serviceNodes,
                    servicePaths);
            journeyNodes = in.optionalArray(wrapper, "$", "journeys");
            externalNodes = in.optionalArray(wrapper, "$", "externals");
        } else if (root != null && root.isObject()) {
            serviceNodes.add((ObjectNode) root);
            servicePaths.add("$");
        } else {
            throw in.error("$", "expected a JSON object (a Lifeboat file, a service, or {\"services\": [...]}) "
                    + "or an array of services, found " + Nodes.describe(root));
        }
        if (serviceNodes.isEmpty()) {
            throw in.error(root.isArray() ? "$" : "$.services", "no services to import");
        }
        // every service first, so that dependencies can name a service defined later in the file
        for (int i = 0; i < serviceNodes.size(); i++) {
            declareService(serviceNodes.get(i), servicePaths.get(i));
        }
        topology.setName(name != null ? name
                : services.size() == 1 ? services.keySet().iterator().next() : "Imported services");
        if (externalNodes != null) {
            readExternals(externalNodes);
        }
        for (int i = 0; i < serviceNodes.size(); i++) {
            readService(serviceNodes.get(i), servicePaths.get(i));
        }
        readJourneys(journeyNodes);
        LayeredLayout.apply(topology);
        return topology;
    }

    private void collect(JsonNode array, String path, List<ObjectNode> nodes, List<String> paths)
            throws LoadException {
        for (int i = 0; i < array.size(); i++) {
            String p = Nodes.index(path, i);
            nodes.add(in.object(array.get(i), p));
            paths.add(p);
        }
    }

    // ---------------------------------------------------------------- services

    private void declareService(ObjectNode n, String path) throws LoadException {
        if (!n.has("service_name")) {
            // a misspelt "service_name" is better named as the unknown key it is, with a suggestion
            onlyKeys(n, path, SERVICE_KEYS, ComponentKind.SERVICE);
        }
        String name = in.requiredText(n, path, "service_name");
        if (services.containsKey(name)) {
            throw in.error(Nodes.field(path, "service_name"), "duplicate service \"" + Printable.echo(name) + "\"");
        }
        services.put(name, add(ComponentKind.SERVICE, name, path));
    }

    private void readService(ObjectNode n, String path) throws LoadException {
        onlyKeys(n, path, SERVICE_KEYS, ComponentKind.SERVICE);
        Component service = services.get(n.get("service_name").asText().trim());
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (!List.of("service_name", "dependencies", "database", "message_queue", "cache").contains(key)) {
                set(service, key, e.getValue(), Nodes.field(path, key));
            }
        }
        JsonNode db = Nodes.optional(n, "database");
        if (db != null) {
            readDatabase(service, in.object(db, Nodes.field(path, "database")), Nodes.field(path, "database"));
        }
        JsonNode mq = Nodes.optional(n, "message_queue");
        if (mq != null) {
            readQueue(service, in.object(mq, Nodes.field(path, "message_queue")),
                    Nodes.field(path, "message_queue"));
        }
        JsonNode cache = Nodes.optional(n, "cache");
        if (cache != null) {
            readCache(service, in.object(cache, Nodes.field(path, "cache")), Nodes.field(path, "cache"));
        }
        ArrayNode deps = in.optionalArray(n, path, "dependencies");
        if (deps != null) {
            String dp = Nodes.field(path, "dependencies");
            // a set: asking the topology for each would be quadratic in a service's dependencies
            Set<Component> targets = new HashSet<>();
            for (int i = 0; i < deps.size(); i++) {
                String ip = Nodes.index(dp, i);
                String target = in.text(deps.get(i), ip);
                Component t = services.get(target);
                if (t == null) {
                    t = externals.get(target);
                }
                if (t == null) {
                    t = add(ComponentKind.EXTERNAL, target, ip);
                    externals.put(target, t);
                }
                if (t == service) {
                    throw in.error(ip, "\"" + Printable.echo(target) + "\" cannot depend on itself");
                }
                if (!targets.add(t)) {
                    throw in.error(ip, "\"" + Printable.echo(target) + "\" is listed twice");
                }
                topology.addDependency(service, t, Strength.HARD);
            }
        }
    }

    // ---------------------------------------------------------------- database

    private void readDatabase(Component service, ObjectNode n, String path) throws LoadException {
        ComponentKind kind = sectionKind(n, path, ConfigSection.DATABASE, ComponentKind.POSTGRESQL);
        onlyKeys(n, path, DATABASE_KEYS, kind);
        Component db = part(service, kind, "-db", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String kp = Nodes.field(path, e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "type":
                    break;
                case "replica_groups":
                    replicaGroups(db, n, v, kp);
                    break;
                case "replication_mode":
                    String mode = InputText.lower(in.text(v, kp));
                    set(db, Settings.REPLICATION_MODE.key(), mode.equals("streaming") ? "async" : mode, kp);
                    break;
                case "backup_frequency":
                    set(db, Settings.BACKUP_INTERVAL.key(), backupInterval(v, kp), kp);
                    break;
                case "retention_days":
                    set(db, Settings.BACKUP_RETENTION.key(), days(v, kp), kp);
                    break;
                case "wal_archiving":
                    set(db, Settings.CONTINUOUS_ARCHIVING.key(), v, kp);
                    break;
                case "archive_timeout_seconds":
                    set(db, Settings.ARCHIVE_INTERVAL.key(), v, kp);
                    break;
                default:
                    // replicas, replica_placement, failover, data_size_gb, restore_rate_gb_per_hour and any
                    // other setting of the kind share the native key
                    set(db, e.getKey(), v, kp);
            }
        }
        if (!kind.has(Settings.REPLICATION_MODE)) {
            return;
        }
        // "streaming" replication with no replica count means one replica; replicas with no mode, async
        ReplicationMode mode = db.get(Settings.REPLICATION_MODE);
        if (mode != ReplicationMode.NONE && !db.isSet(Settings.REPLICAS.key()) && db.get(Settings.REPLICAS) == 0) {
            topology.set(db, Settings.REPLICAS, 1);
        }
        if (db.get(Settings.REPLICAS) > 0 && !db.isSet(Settings.REPLICATION_MODE.key())
                && mode == ReplicationMode.NONE) {
            topology.set(db, Settings.REPLICATION_MODE, ReplicationMode.ASYNC);
        }
    }

    /**
     * {@code "replica_groups": [{"mode": "sync", "replicas": 1, "placement": "other_zone", "failover":
     * "automatic"}, {"mode": "async", "placement": "other_region", "lag_seconds": 5}]}: the first group is the
     * database's own replication settings (what the one-group keys set), the others its further groups.
     */
    private void replicaGroups(Component db, ObjectNode section, JsonNode v, String path) throws LoadException {
        for (String key : ONE_GROUP_KEYS) {
            if (section.has(key)) {
                throw in.error(path, "give either replica_groups or the one-group keys ("
                        + String.join(", ", ONE_GROUP_KEYS) + "), not both; " + key + " is given too");
            }
        }
        ArrayNode groups = in.array(v, path);
        if (groups.isEmpty()) {
            return;
        }
        if (!db.kind().has(ReplicaGroup.MORE) && groups.size() > 1) {
            throw in.error(path, db.kind().label() + " takes one replica group here, not " + groups.size());
        }
        if (groups.size() > ListSetting.MAX_ENTRIES + 1) {
            throw in.error(path, groups.size() + " replica groups is more than the " + (ListSetting.MAX_ENTRIES + 1)
                    + " a design can have");
        }
        List<ListSetting.Entry> more = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            String gp = Nodes.index(path, k);
            ObjectNode g = in.object(groups.get(k), gp);
            in.onlyKeys(g, gp, GROUP_KEYS);
            ListSetting.Entry group = NativeFormat.entry(in, ReplicaGroup.MORE, g, gp, k + 1,
                    Map.of("lag_seconds", "lag"));
            if (k > 0) {
                more.add(group);
                continue;
            }
            // the first group is the database's own replication settings
            set(db, Settings.REPLICATION_MODE.key(), group.get(ReplicaGroup.MODE), Nodes.field(gp, "mode"));
            set(db, Settings.REPLICAS.key(), group.get(ReplicaGroup.REPLICAS), Nodes.field(gp, "replicas"));
            set(db, Settings.REPLICA_PLACEMENT.key(), group.get(ReplicaGroup.PLACEMENT), Nodes.field(gp, "placement"));
            if (group.get(ReplicaGroup.LAG) != null) {
                set(db, Settings.REPLICATION_LAG.key(), group.get(ReplicaGroup.LAG), gp);
            }
            if (group.isSet(ReplicaGroup.FAILOVER)) {
                set(db, Settings.FAILOVER.key(), group.get(ReplicaGroup.FAILOVER), Nodes.field(gp, "failover"));
            }
        }
        if (!more.isEmpty()) {
            set(db, ReplicaGroup.MORE.key(), more, path);
        }
    }

    /**
     * The kind a section's {@code type} names, as the technologies' homes list their type names
     * ({@link ComponentKind#typeNames}), or {@code fallback} when the section has no type.
     */
    private ComponentKind sectionKind(ObjectNode n, String path, ConfigSection section, ComponentKind fallback)
            throws LoadException {
        String type = in.optionalText(n, path, "type");
        if (type == null) {
            return fallback;
        }
        return ComponentKind.byTypeName(section, squeeze(type, SPACES + "_-")).orElseThrow(() -> in.error(
                Nodes.field(path, "type"), "unknown " + section.key() + " type \"" + Printable.echo(type)
                        + "\"; expected " + labels(ComponentKind.inSection(section))));
    }

    /** "PostgreSQL, MySQL or MongoDB". */
    private static String labels(List<ComponentKind> kinds) {
        List<String> labels = kinds.stream().map(ComponentKind::label).collect(Collectors.toList());
        int last = labels.size() - 1;
        return last <= 0 ? String.join("", labels)
                : String.join(", ", labels.subList(0, last)) + " or " + labels.get(last);
    }

    /** The word with ASCII capitals made small and without the dropped characters ("Postgre SQL"). */
    private static String squeeze(String word, String dropped) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (dropped.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return InputText.lower(sb.toString());
    }

    /** hourly, daily, weekly, every_N_minutes, every_N_hours, every_N_days, none, a duration, or seconds. */
    private Object backupInterval(JsonNode v, String path) throws LoadException {
        if (!v.isTextual()) {
            return in.scalar(v, path);
        }
        String t = InputText.lower(v.asText().trim());
        if (t.length() > InputText.MAX_WORD) {
            throw in.error(path, InputText.tooLong(t, InputText.MAX_WORD, "a backup frequency"));
        }
        switch (t) {
            case "hourly":
                return 3600L;
            case "daily":
                return 86_400L;
            case "weekly":
                return 7 * 86_400L;
            case "none": case "never":
                return null;
            default:
                break;
        }
        if (t.startsWith("every")) {
            return every(t, v.asText().trim(), path);
        }
        try {
            return Durations.parseSeconds(t);
        } catch (IllegalArgumentException e) {
            throw in.error(path, "\"" + Printable.echo(v.asText()) + "\" is not a backup frequency; write hourly, "
                    + "daily, weekly, every_N_minutes, every_N_hours, none or a duration such as 15m");
        }
    }

    /**
     * {@code every_N_minutes}, {@code every N hours}, {@code every-N-days} (and min, mins, hour, hr, hrs, day),
     * read in one pass: at most {@link InputText#MAX_WORD} characters, ASCII digits, N from 1 to ten years.
     */
    private long every(String t, String original, String path) throws LoadException {
        int pos = "every".length();
        int separators = pos;
        pos = skipSeparators(t, pos);
        int digits = pos;
        while (pos < t.length() && InputText.isDigit(t.charAt(pos))) {
            pos++;
        }
        int end = pos;
        String unit = t.substring(skipSeparators(t, pos));
        long seconds = switch (unit) {
            case "minute", "minutes", "min", "mins" -> 60;
            case "hour", "hours", "hr", "hrs" -> 3600;
            case "day", "days" -> 86_400;
            default -> 0;
        };
        if (digits == separators || end == digits || seconds == 0) {
            throw in.error(path, "\"" + Printable.echo(original) + "\" is not a backup frequency; write "
                    + "every_N_minutes, every_N_hours or every_N_days");
        }
        // at most 64 digits: compared as a double, a huge N is out of range rather than an overflow
        double count = Double.parseDouble(t.substring(digits, end));
        if (count < 1 || count * seconds > Durations.MAX_SECONDS) {
            throw in.error(path, "\"" + Printable.echo(original) + "\" is not a plausible backup frequency; "
                    + "expected from every minute to once in ten years");
        }
        return (long) count * seconds;
    }

    private static int skipSeparators(String t, int pos) {
        while (pos < t.length() && (t.charAt(pos) == '_' || t.charAt(pos) == '-' || t.charAt(pos) == ' ')) {
            pos++;
        }
        return pos;
    }

    private long days(JsonNode v, String path) throws LoadException {
        if (!v.isNumber() || v.doubleValue() < 0 || v.doubleValue() > 3660) {
            throw in.error(path, "expected a number of days from 0 to 3660, found " + Nodes.describe(v));
        }
        return Math.round(v.doubleValue() * 86_400);
    }

    // ---------------------------------------------------------------- message queue

    private void readQueue(Component service, ObjectNode n, String path) throws LoadException {
        ComponentKind kind = sectionKind(n, path, ConfigSection.MESSAGE_QUEUE, ComponentKind.KAFKA);
        onlyKeys(n, path, QUEUE_KEYS, kind);
        Component kafka = part(service, kind, "-" + kind.id(), path);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String kp = Nodes.field(path, e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "type":
                    break;
                case "partitions":
                    // partitions spread load, they do not change what a failure loses; kept for the exports
                    if (!v.isIntegralNumber() || v.longValue() < 1) {
                        throw in.error(kp, "expected a whole number of partitions from 1, found "
                                + Nodes.describe(v));
                    }
                    set(kafka, e.getKey(), v, kp);
                    break;
                case "acks":
                    // acks=-1 is Kafka's other spelling of acks=all
                    Object acks = in.scalar(v, kp);
                    set(kafka, Kafka.ACKS.key(), "-1".equals(String.valueOf(acks)) ? "all" : acks, kp);
                    break;
                default:
                    set(kafka, e.getKey(), v, kp);
            }
        }
    }

    // ---------------------------------------------------------------- cache

    private void readCache(Component service, ObjectNode n, String path) throws LoadException {
        ComponentKind kind = sectionKind(n, path, ConfigSection.CACHE, ComponentKind.REDIS);
        onlyKeys(n, path, CACHE_KEYS, kind);
        Component redis = part(service, kind, kind == ComponentKind.REDIS ? "-redis" : "-cache", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String kp = Nodes.field(path, e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "type":
                    break;
                case "eviction_policy":
                    // informative: eviction decides what a full cache drops, not what a failure loses
                    in.text(v, kp);
                    break;
                case "persistence":
                    String p = squeeze(in.text(v, kp), SPACES);
                    set(redis, Redis.PERSISTENCE.key(),
                            p.equals("rdb+aof") || p.equals("aof+rdb") || p.equals("both") ? "rdb_aof" : p, kp);
                    break;
                case "snapshot_interval_seconds":
                    set(redis, Redis.SNAPSHOT_INTERVAL.key(), v, kp);
                    break;
                case "backup_frequency":
                    set(redis, Settings.BACKUP_INTERVAL.key(), backupInterval(v, kp), kp);
                    break;
                case "retention_days":
                    set(redis, Settings.BACKUP_RETENTION.key(), days(v, kp), kp);
                    break;
                default:
                    set(redis, e.getKey(), v, kp);
            }
        }
    }

    // ---------------------------------------------------------------- externals and journeys

    private void readExternals(ArrayNode nodes) throws LoadException {
        for (int i = 0; i < nodes.size(); i++) {
            String path = Nodes.index("$.externals", i);
            ObjectNode n = in.object(nodes.get(i), path);
            in.onlyKeys(n, path, EXTERNAL_KEYS);
            String name = in.requiredText(n, path, "name");
            if (services.containsKey(name) || externals.containsKey(name)) {
                throw in.error(Nodes.field(path, "name"), "\"" + Printable.echo(name) + "\" is already defined");
            }
            Component c = add(ComponentKind.EXTERNAL, name, path);
            externals.put(name, c);
            for (String key : List.of("stated_rpo", "stated_rto")) {
                JsonNode v = Nodes.optional(n, key);
                if (v != null) {
                    set(c, key, v, Nodes.field(path, key));
                }
            }
        }
    }

    private void readJourneys(ArrayNode nodes) throws LoadException {
        if (nodes == null || nodes.isEmpty()) {
            for (Map.Entry<String, Component> s : services.entrySet()) {
                topology.addJourney(null, s.getKey(), List.of(s.getValue()), null, null);
            }
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            String path = Nodes.index("$.journeys", i);
            ObjectNode n = in.object(nodes.get(i), path);
            in.onlyKeys(n, path, JOURNEY_KEYS);
            String name = in.requiredText(n, path, "name");
            String ep = Nodes.field(path, "entry");
            ArrayNode entry = in.array(in.required(n, path, "entry"), ep);
            Set<Component> entries = new LinkedHashSet<>();
            for (int k = 0; k < entry.size(); k++) {
                String kp = Nodes.index(ep, k);
                String s = in.text(entry.get(k), kp);
                Component c = services.get(s);
                if (c == null) {
                    throw in.error(kp, "no service named \"" + Printable.echo(s) + "\""
                            + Nodes.suggestion(s, services.keySet()));
                }
                if (!entries.add(c)) {
                    throw in.error(kp, "\"" + Printable.echo(s) + "\" is listed twice");
                }
            }
            if (entries.isEmpty()) {
                throw in.error(ep, "a journey needs at least one entry service");
            }
            TimeBound rpo = NativeFormat.objective(in, Nodes.optional(n, "rpo_target"),
                    Nodes.field(path, "rpo_target"));
            TimeBound rto = NativeFormat.objective(in, Nodes.optional(n, "rto_target"),
                    Nodes.field(path, "rto_target"));
            Map<String, Objectives> perScenario = NativeFormat.scenarioObjectives(in, n, path);
            Journey j = topology.addJourney(null, name, new ArrayList<>(entries), rpo, rto);
            if (!perScenario.isEmpty()) {
                topology.setScenarioObjectives(j, perScenario);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private Component add(ComponentKind kind, String name, String path) throws LoadException {
        try {
            return topology.addComponent(null, kind, name);
        } catch (IllegalArgumentException e) {
            throw in.error(path, e.getMessage());
        }
    }

    /** A database, queue or cache of a service, named after it, with a hard dependency from the service. */
    private Component part(Component service, ComponentKind kind, String suffix, String path)
            throws LoadException {
        Component c = add(kind, service.name() + suffix, path);
        topology.addDependency(service, c, Strength.HARD);
        return c;
    }

    private void set(Component c, String key, Object value, String path) throws LoadException {
        Object v;
        if (value instanceof JsonNode node && c.kind().setting(key).orElse(null) instanceof ListSetting list) {
            v = NativeFormat.entries(in, list, node, path);
        } else {
            v = value instanceof JsonNode node ? in.scalar(node, path) : value;
        }
        NativeFormat.setValue(in, topology, c, key, v, path);
    }

    /** Refuses keys that are neither listed nor a setting of {@code kind} (its native key). */
    private void onlyKeys(ObjectNode n, String path, List<String> listed, ComponentKind kind) throws LoadException {
        List<String> allowed = new ArrayList<>(listed);
        for (Setting<?> s : kind.settings()) {
            if (!allowed.contains(s.key())) {
                allowed.add(s.key());
            }
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            in.checkKey(key, path);
            if (!allowed.contains(key)) {
                throw in.error(Nodes.field(path, key), "unknown key \"" + Printable.echo(key) + "\""
                        + Nodes.suggestion(key, allowed) + "; expected " + String.join(", ", listed)
                        + " or a " + kind.label() + " setting of the Lifeboat format");
            }
        }
    }
}
