package dev.lifeboat.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind's monthly cost at the default prices, computed by hand in the comments: instances at $/h x 730 (EC2
 * m6i.large 70.08, RDS db.m6g.large 110.96, ElastiCache cache.m6g.large 108.77, MSK kafka.m5.large 153.30), block
 * $0.08, object $0.023, archive $0.0036 per GB-month, $0.02 per GB across zones or regions, 10 GB/day written.
 */
class CostModelTest {

    private static final double CENT = 0.005;
    private final Topology topology = new Topology();

    private Component add(ComponentKind kind, Object... keysAndValues) {
        Component c = topology.addComponent(null, kind, kind.id());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            topology.set(c, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return c;
    }

    private static Map<String, Double> lines(ComponentCost cost) {
        return cost.lines().stream().collect(Collectors.toMap(CostLine::what, CostLine::amount, Double::sum,
                java.util.LinkedHashMap::new));
    }

    private static String basis(ComponentCost cost, String what) {
        return cost.lines().stream().filter(l -> l.what().equals(what)).findFirst().orElseThrow(() ->
                new AssertionError("no line " + what + " in " + cost.lines())).basis();
    }

    @Test
    void aServiceIsItsInstances() {
        // 1 x 70.08
        assertEquals(70.08, CostModel.estimate(add(ComponentKind.SERVICE)).total(), CENT);
        // 3 x 70.08 = 210.24; the count is every instance, in every region
        ComponentCost aa = CostModel.estimate(add(ComponentKind.SERVICE, "instances", 3, "active_active", true));
        assertEquals(210.24, aa.total(), CENT);
        assertTrue(basis(aa, "Instances").contains("every instance in every region"), aa::toString);
        assertTrue(basis(aa, "Instances").contains("3 x $70.08 a month (EC2 m6i.large"), aa::toString);
    }

    @Test
    void aDefaultPostgresqlIsOneInstanceAndItsDisk() {
        // 1 x 110.96 + 100 GB x 0.08 = 8.00 -> 118.96
        ComponentCost cost = CostModel.estimate(add(ComponentKind.POSTGRESQL));
        assertEquals(Map.of("Primary and replicas", 110.96, "Disks", 8.0).keySet(), lines(cost).keySet());
        assertEquals(118.96, cost.total(), CENT);
        assertTrue(basis(cost, "Primary and replicas").contains("db.m6g.large"), cost::toString);
    }

    @Test
    void aPostgresqlWithEverythingCountsEachPart() {
        Component c = add(ComponentKind.POSTGRESQL, "backup_interval", "1d", "backup_retention", "7d",
                "continuous_archiving", true, "replication_mode", "sync", "replicas", 1,
                "replica_placement", "other_zone",
                "more_replica_groups", List.of(Map.of("mode", "async", "placement", "other_region")),
                "backup_copies", List.of(Map.of("location", "other_region", "retention", "35d")),
                "delayed_replica", "4h");
        ComponentCost cost = CostModel.estimate(c);
        Map<String, Double> l = lines(cost);
        assertEquals(443.84, l.get("Primary and replicas"), CENT);     // 1 + 1 sync + 1 async + 1 delayed = 4 x 110.96
        assertEquals(32.00, l.get("Disks"), CENT);                     // 4 x 100 GB x 0.08
        assertEquals(16.10, l.get("Backups"), CENT);                   // ceil(7d / 1d) = 7 x 100 GB x 0.023
        assertEquals(80.50, l.get("Backup copy 1"), CENT);             // 35 x 100 GB x 0.023
        assertEquals(60.00, l.get("Backup copy 1 sent to another region"), CENT); // 30 a month x 100 GB x 0.02
        assertEquals(0.252, l.get("Archived log"), 0.0005);            // 10 GB/day x 7 days x 0.0036
        assertEquals(1.26, l.get("Archived log, copy 1"), CENT);       // 10 x 35 days x 0.0036
        assertEquals(6.00, l.get("Archived log, copy 1 sent to another region"), CENT); // 10 x 30 x 0.02
        assertEquals(6.00, l.get("Replication to 1 sync replica in another zone"), CENT);   // 300 GB x 0.02
        assertEquals(6.00, l.get("Replication to 1 async replica in another region"), CENT); // 300 GB x 0.02
        assertEquals(6.00, l.get("Replication to the delayed replica"), CENT); // assumed in another zone
        assertEquals(657.952, cost.total(), 0.0005);
        assertTrue(basis(cost, "Backups").contains("incremental backups would cost less"), cost::toString);
        assertTrue(basis(cost, "Archived log").contains("(assumed)"), "the write rate is an assumption");
        assertTrue(basis(cost, "Primary and replicas").startsWith("1 primary + 1 sync replica in another zone + "
                + "1 async replica in another region + 1 delayed replica = 4 x $110.96"), cost::toString);
    }

    @Test
    void aSameZoneReplicaMovesNothingThatIsBilled() {
        // 2 x 110.96 + 2 x 100 x 0.08 = 221.92 + 16 = 237.92; no transfer line within a zone
        ComponentCost cost = CostModel.estimate(add(ComponentKind.POSTGRESQL, "replication_mode", "async",
                "replicas", 1, "replica_placement", "same_zone"));
        assertEquals(237.92, cost.total(), CENT);
        assertEquals(2, cost.lines().size(), cost::toString);
    }

    @Test
    void mysqlBackupsInAnotherRegionAreSentThereEachTime() {
        // 118.96 + 24 backups kept x 100 GB x 0.023 = 55.20 + 720 backups a month x 100 GB x 0.02 = 1,440
        ComponentCost cost = CostModel.estimate(add(ComponentKind.MYSQL, "backup_interval", "1h",
                "backup_retention", "1d", "backup_location", "other_region"));
        assertEquals(55.20, lines(cost).get("Backups"), CENT);
        assertEquals(1440.00, lines(cost).get("Backups sent to another region"), CENT);
        assertEquals(1614.16, cost.total(), CENT);
    }

    @Test
    void aDefaultMongodbReplicaSetIsThreeMembers() {
        // 3 x 70.08 = 210.24 + 300 GB x 0.08 = 24 + 10 x 30 x 2 = 600 GB x 0.02 = 12 -> 246.24
        ComponentCost cost = CostModel.estimate(add(ComponentKind.MONGODB));
        assertEquals(246.24, cost.total(), CENT);
    }

    @Test
    void redisIsItsNodesAndTheirReplicationTransfer() {
        // 1 x 108.77
        assertEquals(108.77, CostModel.estimate(add(ComponentKind.REDIS)).total(), CENT);
        // 3 x 108.77 = 326.31 + 10 x 30 x 2 = 600 GB x 0.02 = 12 -> 338.31; no disk (in memory)
        ComponentCost cost = CostModel.estimate(add(ComponentKind.REDIS, "replicas", 2,
                "replica_placement", "other_region"));
        assertEquals(338.31, cost.total(), CENT);
        // with a daily backup kept 7 days: 7 x 5 GB x 0.023 = 0.805
        ComponentCost backed = CostModel.estimate(add(ComponentKind.REDIS, "backup_interval", "1d"));
        assertEquals(108.77 + 0.805, backed.total(), CENT);
    }

    @Test
    void kafkaBrokersAreTheReplicationFactorAndGeoReplicationDoublesThem() {
        // 1 x 153.30 + 500 GB x 1 x 0.08 = 40 -> 193.30
        assertEquals(193.30, CostModel.estimate(add(ComponentKind.KAFKA)).total(), CENT);
        // 3 x 2 = 6 x 153.30 = 919.80 + 500 x 3 x 2 = 3,000 GB x 0.08 = 240 + 300 GB x 0.02 = 6 -> 1,165.80;
        // MSK bills no transfer between brokers in other zones
        ComponentCost cost = CostModel.estimate(add(ComponentKind.KAFKA, "replication_factor", 3,
                "replica_placement", "other_zone", "geo_replication", true));
        assertEquals(Map.of("Brokers", 919.80, "Broker storage", 240.0, "Geo-replication transfer", 6.0).keySet(),
                lines(cost).keySet());
        assertEquals(1165.80, cost.total(), CENT);
    }

    @Test
    void objectStorageIsItsObjectsTheirOldVersionsAndTheReplicaBucket() {
        // 1,000 GB x 0.023 = 23
        assertEquals(23.00, CostModel.estimate(add(ComponentKind.OBJECT_STORAGE)).total(), CENT);
        // + old versions 10 GB/day x 30 days kept = 300 GB x 0.023 = 6.90 + replica 23 + 300 GB x 0.02 = 6 -> 58.90
        ComponentCost cost = CostModel.estimate(add(ComponentKind.OBJECT_STORAGE, "versioning", true,
                "cross_region_replication", true));
        assertEquals(58.90, cost.total(), CENT);
    }

    @Test
    void aRaftStoreIsItsMembers() {
        // 3 x 70.08 = 210.24 + 3 x 2 GB x 0.08 = 0.48 -> 210.72
        assertEquals(210.72, CostModel.estimate(add(ComponentKind.RAFT_STORE)).total(), CENT);
        // over three zones, two followers are away: 1 GB/day x 30 x 2 = 60 GB x 0.02 = 1.20 -> 211.92
        assertEquals(211.92, CostModel.estimate(add(ComponentKind.RAFT_STORE, "member_placement", "multi_zone"))
                .total(), CENT);
    }

    @Test
    void externalsAndDatastoresCostWhatTheUserSays() {
        ComponentCost none = CostModel.estimate(add(ComponentKind.EXTERNAL));
        assertEquals(0, none.total());
        assertTrue(basis(none, "Stated monthly cost").contains("set monthly_cost"), none::toString);
        assertEquals(500, CostModel.estimate(add(ComponentKind.EXTERNAL, "monthly_cost", 500)).total(), CENT);
        assertEquals(1200.5, CostModel.estimate(add(ComponentKind.DATASTORE, "monthly_cost", "1200.5")).total(),
                CENT);
    }

    @Test
    void aComponentsOwnInstancePriceAndTheDesignsTableReplaceTheDefault() {
        Component pg = add(ComponentKind.POSTGRESQL, "instance_monthly_price", 250);
        // 250 + 8
        ComponentCost own = CostModel.estimate(pg);
        assertEquals(258.00, own.total(), CENT);
        assertTrue(basis(own, "Primary and replicas").contains("this component's instance_monthly_price"));
        topology.reset(pg, "instance_monthly_price");
        topology.setPrices(Prices.DEFAULTS.withInstanceMonth(ComponentKind.POSTGRESQL, 200)
                .withPerGb(Prices.BLOCK, 0.1).withCurrency("eur"));
        // 200 + 100 x 0.10
        ComponentCost table = CostModel.estimate(pg);
        assertEquals(210.00, table.total(), CENT);
        assertTrue(basis(table, "Primary and replicas").contains("1 x \u20AC200.00 a month (this design's price"),
                table::toString);
    }

    @Test
    void aDesignsCostIsTheSumOfItsComponents() {
        add(ComponentKind.SERVICE);
        add(ComponentKind.POSTGRESQL);
        DesignCost cost = Costs.of(topology);
        assertEquals(70.08 + 118.96, cost.total(), CENT);
        assertEquals(2, cost.perComponent().size());
        assertEquals("\u2248 $189/month", cost.describe());
    }

    @Test
    void theTotalWithoutWordsIsTheSameFormula() {
        add(ComponentKind.POSTGRESQL, "backup_interval", "1h", "continuous_archiving", true, "replication_mode",
                "semi_sync", "replicas", 2, "backup_copies", List.of(Map.of("location", "other_region")),
                "delayed_replica", "1h", "write_rate_gb_per_day", 55.5);
        add(ComponentKind.KAFKA, "replication_factor", 3, "replica_placement", "other_region", "geo_replication",
                true, "backup_interval", "1d");
        add(ComponentKind.RAFT_STORE, "members", 5, "member_placement", "multi_region");
        add(ComponentKind.OBJECT_STORAGE, "versioning", true, "cross_region_replication", true);
        add(ComponentKind.REDIS, "replicas", 1, "backup_interval", "6h", "backup_location", "other_region");
        add(ComponentKind.SERVICE, "instances", 4, "instance_monthly_price", 12.5);
        add(ComponentKind.MONGODB, "continuous_archiving", true, "backup_interval", "1d");
        add(ComponentKind.DATASTORE, "monthly_cost", 99);
        for (var c : topology.components()) {
            assertEquals(CostModel.estimate(c).total(), CostModel.total(c), 1e-9, c::toString);
            for (CostLine l : CostModel.estimate(c).lines()) {
                assertTrue(CostModel.parts(c.kind()).contains(l.part()), () -> c + ": " + l);
            }
        }
    }
}
