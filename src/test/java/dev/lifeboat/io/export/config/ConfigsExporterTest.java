package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configs export as a whole: registered, one folder, file names, hostile names, journeys. */
class ConfigsExporterTest {

    @TempDir
    Path dir;

    /** The lines a server reads: everything but comments and empty lines. */
    private static String settings(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void itIsRegisteredAsAFolderFormat() {
        Exporter e = Exporters.byId("configs").orElseThrow();
        assertEquals(Exporter.Shape.FOLDER, e.shape());
        assertFalse(e.previewable());
    }

    @Test
    void aSampleIsWrittenAsAFolderOfFilesNamedAfterTheComponents() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        ExportRequest request = new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()),
                null, "order-processor.json");
        Path out = dir.resolve("configs");
        Exporters.toFolder(Exporters.byId("configs").orElseThrow(), request, out, Progress.NONE);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("order-cache.redis.conf", "order-events.producer.properties",
                    "order-events.server.properties", "order-events.topic.properties", "orders-db.postgresql.conf",
                    "orders-db.standby.postgresql.conf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void kindsWithoutConfigurationFilesGetNone() {
        for (ConfigFile f : ConfigCases.configs(ConfigCases.variants())) {
            assertFalse(f.name().startsWith("svc.") || f.name().startsWith("bucket."), f.name());
        }
        for (ComponentKind kind : ComponentKind.values()) {
            assertEquals(kind.stateful() && kind != ComponentKind.OBJECT_STORAGE && kind != ComponentKind.DATASTORE
                    && kind != ComponentKind.EXTERNAL,
                    ConfigsExporter.writerFor(kind) != null, kind.id());
        }
    }

    @Test
    void anIdWithAColonMakesAFileNameWithout() {
        List<String> names = ConfigCases.configs(ConfigCases.variants()).stream().map(ConfigFile::name).toList();
        assertTrue(names.contains("pg_async.postgresql.conf"), names.toString());
        Topology t = new Topology();
        t.addComponent("a:b", ComponentKind.REDIS, "one");
        t.addComponent("a_b", ComponentKind.REDIS, "two");
        assertEquals(List.of("a_b-2.redis.conf", "a_b.redis.conf"),
                ConfigCases.configs(t).stream().map(ConfigFile::name).sorted().toList());
    }

    /**
     * A name that tries every way of ending a line changes no setting: the files of a component so named hold
     * exactly the setting lines of the same component with a plain name, and the name shows escaped.
     */
    @Test
    void aHostileNameStaysInItsCommentInEveryFormat() {
        Topology hostile = ConfigCases.variants();
        Topology plain = ConfigCases.variants();
        int renamed = 0;
        for (Component c : plain.components()) {
            if (c.name().equals(ConfigCases.HOSTILE)) {
                plain.rename(c, "plain");
                renamed++;
            }
        }
        assertEquals(7, renamed, "one of each technology, and a PostgreSQL with replica groups");
        List<ConfigFile> bad = ConfigCases.configs(hostile);
        List<ConfigFile> good = ConfigCases.configs(plain);
        assertEquals(good.size(), bad.size());
        int checked = 0;
        for (int i = 0; i < bad.size(); i++) {
            assertEquals(settings(good.get(i).text()), settings(bad.get(i).text()), bad.get(i).name());
            if (bad.get(i).text().contains("Component: \"evil")) {
                assertTrue(bad.get(i).text().contains("\"evil\\nfsync = off\\r\\nappendonly no\\u2028acks=0\\u0085x"
                        + "\\u2029# \"quoted\" \\\" (id "), bad.get(i).text());
                checked++;
            }
        }
        assertTrue(checked >= 5, "files of hostile components: " + checked);
        for (ConfigFile f : bad) {
            assertFalse(f.text().chars().anyMatch(ch -> ch == '\r' || ch == 0x85 || ch == 0x2028 || ch == 0x2029),
                    f.name());
        }
    }

    @Test
    void aJourneyKeepsTheDatastoresItNeedsAndTheScenarioAskedFor() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        List<ConfigFile> all = ConfigsExporter.files(new ExportRequest(t, RuleBook.standard().analyse(t),
                List.of(Scenario.values()), null, "x"));
        List<ConfigFile> placeOrder = ConfigsExporter.files(new ExportRequest(t, RuleBook.standard().analyse(t),
                List.of(Scenario.NODE_LOSS), t.journey("place-order").orElseThrow(), "x"));
        List<ConfigFile> browse = ConfigsExporter.files(new ExportRequest(t, RuleBook.standard().analyse(t),
                List.of(Scenario.NODE_LOSS), t.journey("browse-catalogue").orElseThrow(), "x"));
        assertEquals(all.stream().map(ConfigFile::name).toList(), placeOrder.stream().map(ConfigFile::name).toList());
        assertEquals(List.of(), browse, "browsing needs no datastore");
        assertTrue(placeOrder.get(0).text().contains("#   node-loss "), "only the scenario asked for");
        assertFalse(placeOrder.get(0).text().contains("#   process-crash "));
    }

    @Test
    void everyCronLineRepeatsAtTheInterval() {
        assertEquals("*/15 * * * *", BackupSchedule.cron(900));
        assertEquals("0 * * * *", BackupSchedule.cron(3600));
        assertEquals("0 */6 * * *", BackupSchedule.cron(6 * 3600));
        assertEquals("0 3 * * *", BackupSchedule.cron(86400));
        assertEquals("0 3 * * 0", BackupSchedule.cron(7 * 86400));
        assertEquals(null, BackupSchedule.cron(5 * 3600));
        assertEquals(null, BackupSchedule.cron(7 * 60));
        assertEquals(null, BackupSchedule.cron(30));
    }
}
