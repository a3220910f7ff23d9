package dev.lifeboat.io.export.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.io.Json;
import dev.lifeboat.io.NativeFormat;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ConfigSection;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The design in the service-config format the product started from ({@code service_name},
 * {@code dependencies}, {@code database}, {@code message_queue}, {@code cache}, {@code externals},
 * {@code journeys}; see {@code ServiceConfigImporter}), so that it reads back through the importer. Each
 * service is written with its settings; a datastore a service depends on (hard) becomes that service's
 * section of its kind (the first service with a free section of that kind owns it); an external provider is
 * written under {@code externals}. Settings are written generically, by the native key of each setting the
 * component sets (the importer takes any setting of the kind by its native key), so that a new setting
 * needs nothing here.
 *
 * <p>What the format cannot hold is left out and told, one note each: components of kinds with no section
 * (object storage, generic datastores) or with no service to own them, regions and zones and placements,
 * soft dependencies, dependencies of datastores, a second dependent of a datastore, the names of
 * datastores (they read back as {@code <service>-db}, {@code -kafka}, {@code -redis}), journeys entered at
 * anything but a service.
 */
public final class ServicesExporter implements Exporter {

    @Override
    public String id() {
        return "services";
    }

    @Override
    public String description() {
        return "the design in the seed's service-config JSON (reads back with open and analyze; notes what it "
                + "cannot hold)";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the services");
        Set<String> notes = new LinkedHashSet<>();
        ObjectNode root = write(request.topology(), notes);
        Writer out = sink.open(null);
        out.write(Json.writer().writeValueAsString(root));
        out.write("\n");
        out.flush();
        for (String note : notes) {
            sink.note(note);
        }
        progress.update(1, "done");
    }

    /** The service-config document of a design; what it leaves out is added to {@code notes}. */
    static ObjectNode write(Topology t, Set<String> notes) {
        Map<String, ObjectNode> settings = nativeSettings(t);
        // the services and providers, by the names that are their identity in the format
        Map<String, Component> named = new HashMap<>();
        Set<Component> written = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ComponentKind kind : List.of(ComponentKind.SERVICE, ComponentKind.EXTERNAL)) {
            for (Component c : t.components()) {
                if (c.kind() == kind) {
                    String name = c.name().trim();
                    if (named.containsKey(name)) {
                        notes.add(name(c) + " (" + kind.label() + ") is left out: the format knows services and "
                                + "providers by name, and " + name(named.get(name)) + " has the same name.");
                    } else {
                        named.put(name, c);
                        written.add(c);
                    }
                }
            }
        }
        // each datastore goes to the first service that needs it (hard) and has its section free
        Map<Component, Component> owner = new IdentityHashMap<>();
        Map<Component, Map<ConfigSection, Component>> sections = new IdentityHashMap<>();
        for (Component s : t.components()) {
            if (s.kind() != ComponentKind.SERVICE || !written.contains(s)) {
                continue;
            }
            Map<ConfigSection, Component> mine = new EnumMap<>(ConfigSection.class);
            sections.put(s, mine);
            for (Dependency d : t.dependenciesOf(s)) {
                ConfigSection section = section(d.target().kind());
                if (d.isHard() && section != null && !owner.containsKey(d.target()) && !mine.containsKey(section)) {
                    owner.put(d.target(), s);
                    mine.put(section, d.target());
                }
            }
        }

        ObjectNode root = Json.mapper().createObjectNode();
        root.put("name", t.name());
        ArrayNode services = root.putArray("services");
        for (Component s : t.components()) {
            if (s.kind() != ComponentKind.SERVICE || !written.contains(s)) {
                continue;
            }
            ObjectNode n = services.addObject();
            n.put("service_name", s.name().trim());
            putSettings(n, s, settings.get(s.id()), null, notes);
            ArrayNode deps = Json.mapper().createArrayNode();
            for (Dependency d : t.dependenciesOf(s)) {
                Component target = d.target();
                if (owner.get(target) == s) {
                    continue;
                }
                if (!d.isHard()) {
                    notes.add("The soft dependency of " + name(s) + " on " + name(target) + " is left out: the "
                            + "format has hard dependencies only.");
                } else if (written.contains(target)) {
                    deps.add(target.name().trim());
                } else if (owner.containsKey(target)) {
                    notes.add("The dependency of " + name(s) + " on " + name(target) + " is left out: the format "
                            + "gives a datastore to one service, and it is written as " + name(owner.get(target))
                            + "'s " + section(target.kind()).key() + ".");
                }
            }
            if (!deps.isEmpty()) {
                n.set("dependencies", deps);
            }
            for (Map.Entry<ConfigSection, Component> e : sections.get(s).entrySet()) {
                Component c = e.getValue();
                ObjectNode sec = n.putObject(e.getKey().key());
                sec.put("type", typeWord(c.kind(), e.getKey()));
                putSettings(sec, c, settings.get(c.id()), e.getKey(), notes);
                String readBack = s.name().trim() + suffix(c.kind(), e.getKey());
                if (!readBack.equals(c.name())) {
                    notes.add(name(c) + " is written as the " + e.getKey().key() + " of " + name(s)
                            + " and reads back named \"" + Printable.echo(readBack) + "\".");
                }
            }
        }
        ArrayNode externals = root.putArray("externals");
        for (Component c : t.components()) {
            if (c.kind() == ComponentKind.EXTERNAL && written.contains(c)) {
                ObjectNode n = externals.addObject();
                n.put("name", c.name().trim());
                putSettings(n, c, settings.get(c.id()), null, notes);
            }
        }
        if (externals.isEmpty()) {
            root.remove("externals");
        }
        for (Component c : t.components()) {
            if (!written.contains(c) && !owner.containsKey(c) && c.kind() != ComponentKind.SERVICE
                    && c.kind() != ComponentKind.EXTERNAL) {
                ConfigSection section = section(c.kind());
                notes.add(name(c) + " (" + c.kind().label() + ") is left out: " + (section == null
                        ? "the format has no section for this kind."
                        : "no service writable in the format depends on it (hard) with its " + section.key()
                        + " free."));
            }
        }
        for (Dependency d : t.dependencies()) {
            Component from = d.source();
            if (from.kind() != ComponentKind.SERVICE && (written.contains(from) || owner.containsKey(from))) {
                notes.add("The dependency of " + name(from) + " on " + name(d.target()) + " is left out: in the "
                        + "format only services have dependencies.");
            }
        }
        long placed = t.components().stream().filter(c -> c.place() != null).count();
        if (!t.places().isEmpty() || placed > 0) {
            notes.add("Regions and zones (" + t.places().size() + ") and where components are placed (" + placed
                    + ") are left out: the format has no places; it reads back with nothing placed.");
        }
        journeys(root, t, written, notes);
        return root;
    }

    private static void journeys(ObjectNode root, Topology t, Set<Component> written, Set<String> notes) {
        ArrayNode journeys = root.putArray("journeys");
        for (Journey j : t.journeys()) {
            List<String> entry = new ArrayList<>();
            for (Component c : j.entries()) {
                if (c.kind() == ComponentKind.SERVICE && written.contains(c)) {
                    entry.add(c.name().trim());
                } else {
                    notes.add("The entry " + name(c) + " of the journey \"" + Printable.echo(j.name())
                            + "\" is left out: a journey of the format enters at services only.");
                }
            }
            if (entry.isEmpty()) {
                notes.add("The journey \"" + Printable.echo(j.name()) + "\" is left out: none of its entries is a "
                        + "service written in the format.");
                continue;
            }
            ObjectNode n = journeys.addObject();
            n.put("name", j.name());
            ArrayNode e = n.putArray("entry");
            entry.forEach(e::add);
            putDuration(n, "rpo_target", j.rpoObjective());
            putDuration(n, "rto_target", j.rtoObjective());
            if (!j.scenarioObjectives().isEmpty()) {
                ObjectNode per = n.putObject("objectives");
                for (Map.Entry<String, Objectives> o : j.scenarioObjectives().entrySet()) {
                    ObjectNode pair = per.putObject(o.getKey());
                    putDuration(pair, "rpo", o.getValue().rpo());
                    putDuration(pair, "rto", o.getValue().rto());
                }
            }
        }
        if (journeys.isEmpty() && root.get("services").size() > 0) {
            notes.add("No journey is written: reading the file back makes one journey per service, without "
                    + "objectives.");
        }
    }

    /** Each component's settings as the native format writes them (only those set, the kind's order). */
    private static Map<String, ObjectNode> nativeSettings(Topology t) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (JsonNode c : NativeFormat.write(t).get("components")) {
            out.put(c.get("id").asText(), c.get("settings") instanceof ObjectNode s ? s
                    : Json.mapper().createObjectNode());
        }
        return out;
    }

    /**
     * Writes a component's settings by their native keys. A list of zones has no place in the format. A
     * database reads "replicas without a mode" as asynchronous and "a mode without replicas" as one replica:
     * the value that says otherwise is written out.
     */
    private static void putSettings(ObjectNode n, Component c, ObjectNode settings, ConfigSection section,
                                    Set<String> notes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = settings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean entries = c.kind().setting(e.getKey()).orElse(null) instanceof ListSetting;
            if (e.getValue().isArray() && !entries) {
                notes.add("The setting " + e.getKey() + " of " + name(c) + " is left out: it names zones, and the "
                        + "format has none.");
            } else {
                // list settings (more_replica_groups, backup_copies) read back by their native key
                n.set(e.getKey(), e.getValue());
            }
        }
        if (section == ConfigSection.DATABASE && c.kind().has(Settings.REPLICATION_MODE)
                && c.kind().has(Settings.REPLICAS)) {
            ReplicationMode mode = c.get(Settings.REPLICATION_MODE);
            if (mode != ReplicationMode.NONE && !c.isSet(Settings.REPLICAS.key()) && c.get(Settings.REPLICAS) == 0) {
                n.put(Settings.REPLICAS.key(), 0);
            }
            if (mode == ReplicationMode.NONE && !c.isSet(Settings.REPLICATION_MODE.key())
                    && c.get(Settings.REPLICAS) > 0) {
                n.put(Settings.REPLICATION_MODE.key(), Settings.REPLICATION_MODE.format(mode));
            }
        }
    }

    /** The section a datastore kind goes in: the first that names it, or null. */
    static ConfigSection section(ComponentKind kind) {
        for (ConfigSection s : ConfigSection.values()) {
            if (!kind.typeNames(s).isEmpty()) {
                return s;
            }
        }
        return null;
    }

    /** The {@code type} word: the kind's label when the importer reads it as this kind, else its first name. */
    private static String typeWord(ComponentKind kind, ConfigSection section) {
        String squeezed = kind.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[ _\\-]", "");
        return kind.typeNames(section).contains(squeezed) ? kind.label() : kind.typeNames(section).get(0);
    }

    /** The name the importer gives a section's component after its service's name (see the importer). */
    private static String suffix(ComponentKind kind, ConfigSection section) {
        return switch (section) {
            case DATABASE -> "-db";
            case MESSAGE_QUEUE -> "-" + kind.id();
            case CACHE -> kind == ComponentKind.REDIS ? "-redis" : "-cache";
        };
    }

    private static void putDuration(ObjectNode n, String key, TimeBound t) {
        if (t == null) {
            return;
        }
        String text = t.toString();
        if (t.isUnbounded() || Durations.parseSeconds(text) == t.seconds()) {
            n.put(key, text);
        } else {
            n.put(key, t.seconds());
        }
    }

    /** A component's name for a note: quoted, printable, cut. */
    private static String name(Component c) {
        return "\"" + Printable.echo(c.name()) + "\"";
    }
}
