package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ExternalProvider;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.StatelessService;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped samples load, are tidy on a 1280x800 canvas, and say what their documentation says. */
class SamplesTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final double WIDTH = 160;
    private static final double HEIGHT = 70;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> nativeSamples() throws IOException {
        return samples().filter(p -> !p.getFileName().toString().endsWith(".services.json"));
    }

    @Test
    void theExpectedSamplesExist() throws IOException {
        assertEquals(List.of("multi-region-saas.json", "order-processor.json", "order-processor.services.json",
                "payments-ledger.json"), samples().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleLoadsAndFitsTheCanvas(Path file) throws Exception {
        Topology t = TopologyFiles.load(file);
        assertTrue(t.size() >= 5, file + " is too small to be realistic");
        assertTrue(!t.journeys().isEmpty(), file + " has no journey");
        Bounds canvas = new Bounds(0, 0, 1280, 800);
        for (Component c : t.components()) {
            assertTrue(inside(box(c), canvas), c.id() + " is off the canvas in " + file);
            if (c.place() != null) {
                assertTrue(inside(box(c), c.place().bounds()), c.id() + " is drawn outside " + c.place());
            } else {
                for (Place p : t.places()) {
                    assertTrue(!overlaps(box(c), p.bounds()), c.id() + " is unplaced but drawn over " + p);
                }
            }
            for (Component d : t.components()) {
                assertTrue(c == d || !overlaps(box(c), box(d)), c.id() + " overlaps " + d.id());
            }
        }
        for (Place p : t.places()) {
            assertTrue(inside(p.bounds(), canvas), p + " is off the canvas");
            if (p.region() != null) {
                assertTrue(inside(p.bounds(), p.region().bounds()), p + " is drawn outside " + p.region());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("nativeSamples")
    void nativeSamplesAreInTheCanonicalForm(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(text, TopologyFiles.toJson(TopologyFiles.load(file)), file + " differs from what Lifeboat writes");
    }

    @Test
    void orderProcessorIsTheSeedSystem() throws Exception {
        Topology t = TopologyFiles.load(SAMPLES.resolve("order-processor.json"));
        Component svc = t.component("order-processor").orElseThrow();
        assertEquals(2, svc.get(StatelessService.INSTANCES));
        assertEquals(Spread.MULTI_ZONE, svc.get(Settings.SPREAD));
        Component db = t.component("orders-db").orElseThrow();
        assertEquals(ComponentKind.POSTGRESQL, db.kind());
        assertEquals(3600L, db.get(Settings.BACKUP_INTERVAL));
        assertEquals(ReplicationMode.ASYNC, db.get(Settings.REPLICATION_MODE));
        assertEquals(PlaceKind.ZONE, db.place().kind());
        Component gateway = t.component("payment-gateway").orElseThrow();
        assertEquals(1800L, gateway.get(ExternalProvider.STATED_RTO));
        Component kafka = t.component("order-events").orElseThrow();
        assertEquals(Kafka.Acks.ALL, kafka.get(Kafka.ACKS));
        assertEquals(2, kafka.get(Kafka.MIN_INSYNC_REPLICAS));
        Journey order = t.journey("place-order").orElseThrow();
        assertEquals(TimeBound.ofMinutes(15), order.rpoObjective());
        assertEquals(TimeBound.ofMinutes(5), order.rtoObjective());
        Journey browse = t.journey("browse-catalogue").orElseThrow();
        assertEquals(List.of(t.component("inventory-service").orElseThrow()), browse.entries());
        assertEquals(1, t.places().stream().filter(p -> p.kind() == PlaceKind.REGION).count());
        assertEquals(2, t.places().stream().filter(p -> p.kind() == PlaceKind.ZONE).count());
    }

    @Test
    void theImportSampleDescribesTheSameSystem() throws Exception {
        Topology imported = TopologyFiles.load(SAMPLES.resolve("order-processor.services.json"));
        Topology drawn = TopologyFiles.load(SAMPLES.resolve("order-processor.json"));
        assertEquals(drawn.size(), imported.size());
        assertEquals(drawn.dependencies().size(), imported.dependencies().size());
        for (ComponentKind k : ComponentKind.values()) {
            assertEquals(count(drawn, k), count(imported, k), k.label());
        }
        Component db = ServiceConfigImporterTest.byName(imported, "order-processor-db");
        assertEquals(drawn.component("orders-db").orElseThrow().explicitValues(), db.explicitValues());
    }

    @Test
    void paymentsLedgerHasStrictObjectives() throws Exception {
        Topology t = TopologyFiles.load(SAMPLES.resolve("payments-ledger.json"));
        Journey authorize = t.journey("authorize-payment").orElseThrow();
        assertEquals(TimeBound.ZERO, authorize.rpoObjective());
        assertEquals(TimeBound.ofMinutes(15), authorize.rtoObjective());
        assertEquals(ReplicationMode.SEMI_SYNC, t.component("ledger-db").orElseThrow()
                .get(Settings.REPLICATION_MODE));
        assertEquals(true, t.component("payment-events").orElseThrow().get(Kafka.GEO_REPLICATION));
        assertEquals(ComponentKind.DATASTORE, t.component("settlement-mainframe").orElseThrow().kind());
    }

    @Test
    void multiRegionSaasSpansTwoRegionsOfTwoZones() throws Exception {
        Topology t = TopologyFiles.load(SAMPLES.resolve("multi-region-saas.json"));
        List<Place> regions = t.places().stream().filter(p -> p.kind() == PlaceKind.REGION).toList();
        assertEquals(2, regions.size());
        for (Place r : regions) {
            assertEquals(2, t.places().stream().filter(p -> p.region() == r).count(), r.toString());
        }
        assertEquals(ReplicationMode.SYNC, t.component("app-db").orElseThrow().get(Settings.REPLICATION_MODE));
    }

    /**
     * The sample named "sync standby + DR replica" is exactly that: a synchronous standby in another zone that
     * takes over automatically, an asynchronous replica in the other region promoted by a person, and backups
     * with their archived WAL copied to the other region.
     */
    @Test
    void theSyncStandbyAndDrReplicaSampleHasItsKeyNumbers() throws Exception {
        Topology t = TopologyFiles.load(SAMPLES.resolve("multi-region-saas.json"));
        Component db = t.component("app-db").orElseThrow();
        assertTrue(db.name().contains("sync standby + DR replica"));
        List<ReplicaGroup> groups = ReplicaGroup.of(db);
        assertEquals(2, groups.size());
        assertEquals(ReplicaPlacement.OTHER_REGION, groups.get(1).placement());
        RuleBook rules = RuleBook.standard();

        // zone loss: the sync standby, automatic failover in 45 s, nothing lost
        ComponentAssessment zone = rules.assess(db, Scenario.ZONE_LOSS);
        assertEquals(TimeBound.ZERO, zone.rpo());
        assertEquals(TimeBound.ofSeconds(45), zone.rto());
        // region loss: the DR replica, its 5 s lag, a person promotes it (30 min assumed)
        ComponentAssessment region = rules.assess(db, Scenario.REGION_LOSS);
        assertEquals(TimeBound.ofSeconds(5), region.rpo(), region.explanation());
        assertEquals(TimeBound.ofMinutes(30), region.rto(), region.explanation());
        assertTrue(region.explanation().contains("Replica group 2"), region.explanation());
        // corruption: point-in-time recovery from the local archive (1 min)
        assertEquals(TimeBound.ofMinutes(1), rules.assess(db, Scenario.LOGICAL_CORRUPTION).rpo());
    }

    private static long count(Topology t, ComponentKind kind) {
        return t.components().stream().filter(c -> c.kind() == kind).count();
    }

    private static Bounds box(Component c) {
        return new Bounds(c.x(), c.y(), WIDTH, HEIGHT);
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x()
                + outer.width() && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
