package dev.lifeboat.io.export.config;

import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code configs} export: for each datastore of the design, the configuration files its settings call for
 * (PostgreSQL, MySQL, Redis, Kafka with MirrorMaker 2, MongoDB, etcd), each line commented with what it buys in RPO
 * and RTO. One writer per technology holds that technology's keys ({@link PostgresqlConfig}...); a kind without
 * configuration files (a service, object storage, an external provider, a generic datastore) gets none. With a
 * journey, only the datastores the journey needs (through hard dependencies) are written.
 */
public final class ConfigsExporter implements Exporter {

    @Override
    public String id() {
        return "configs";
    }

    @Override
    public String description() {
        return "configuration files for each datastore (postgresql.conf, my.cnf, redis.conf, sentinel.conf, Kafka "
                + "properties, mongod.conf, etcd.conf.yml), every setting commented with what it buys in RPO/RTO";
    }

    @Override
    public Shape shape() {
        return Shape.FOLDER;
    }

    @Override
    public String extension() {
        return "";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        List<ConfigFile> files = files(request);
        int done = 0;
        for (ConfigFile f : files) {
            progress.update((double) done++ / Math.max(1, files.size()), "writing " + f.name());
            Writer w = sink.open(f.name());
            w.write(f.text());
            w.flush();
        }
        progress.update(1, "done");
    }

    /** Every file of the export, in the order of the components' ids. */
    public static List<ConfigFile> files(ExportRequest request) {
        Topology topology = request.topology();
        List<Component> components = new ArrayList<>(request.journey() == null ? topology.components()
                : needed(topology, request.journey().entries()));
        components.sort(Comparator.comparing(Component::id));
        Map<Component, String> stems = stems(components);
        List<ConfigFile> files = new ArrayList<>();
        for (Component c : components) {
            TechnologyConfig writer = writerFor(c.kind());
            if (writer == null) {
                continue;
            }
            ConfigContext ctx = new ConfigContext(c, topology, request.analysis(), request.scenarios(),
                    request.source(), stems.get(c));
            files.addAll(writer.files(ctx));
        }
        return files;
    }

    /** The writer of a kind's files, or null for a kind that has none. */
    static TechnologyConfig writerFor(ComponentKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresqlConfig();
            case MYSQL -> new MysqlConfig();
            case REDIS -> new RedisConfig();
            case KAFKA -> new KafkaConfig();
            case MONGODB -> new MongodbConfig();
            case RAFT_STORE -> new EtcdConfig();
            case SERVICE, OBJECT_STORAGE, EXTERNAL, DATASTORE -> null;
        };
    }

    /**
     * The file name stems: the id, with {@code :} (allowed in ids, not in export file names) made {@code _}; an
     * id that then collides with another one's stem gets {@code -2}, {@code -3}... so that no file is written
     * twice.
     */
    private static Map<Component, String> stems(List<Component> sorted) {
        Set<String> taken = new HashSet<>();
        for (Component c : sorted) {
            if (c.id().indexOf(':') < 0) {
                taken.add(c.id());
            }
        }
        Map<Component, String> stems = new HashMap<>();
        for (Component c : sorted) {
            if (c.id().indexOf(':') < 0) {
                stems.put(c, c.id());
                continue;
            }
            String base = c.id().replace(':', '_');
            String stem = base;
            for (int n = 2; taken.contains(stem); n++) {
                stem = base + "-" + n;
            }
            taken.add(stem);
            stems.put(c, stem);
        }
        return stems;
    }

    /** The components reachable from the entries through hard dependencies, the entries included. */
    private static Set<Component> needed(Topology topology, List<Component> entries) {
        Set<Component> seen = new LinkedHashSet<>(entries);
        Deque<Component> todo = new ArrayDeque<>(entries);
        while (!todo.isEmpty()) {
            for (Dependency d : topology.dependenciesOf(todo.pop())) {
                if (d.isHard() && seen.add(d.target())) {
                    todo.push(d.target());
                }
            }
        }
        return seen;
    }
}
