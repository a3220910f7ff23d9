package dev.lifeboat.engine;

import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.BackupLocation;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.StatelessService;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic-looking topologies of any size for benchmarks: services in front, data stores
 * behind, about three dependencies per component (mostly hard, acyclic), spread over three regions of
 * three zones, with varied backup and replication settings and data sizes.
 */
public final class SyntheticTopology {

    private static final ComponentKind[] STORES = {ComponentKind.POSTGRESQL, ComponentKind.MYSQL,
        ComponentKind.REDIS, ComponentKind.KAFKA, ComponentKind.MONGODB, ComponentKind.OBJECT_STORAGE,
        ComponentKind.DATASTORE};
    private static final long[] BACKUPS = {900, 3600, 6 * 3600, 86400};

    private SyntheticTopology() {
    }

    /**
     * A topology of {@code size} components and {@code journeys} journeys, the same for the same seed.
     * Components are laid out on a grid so that the designer can show them.
     */
    public static Topology generate(int size, int journeys, long seed) {
        Random rnd = new Random(seed);
        Topology t = new Topology();
        t.setName("Synthetic " + size);
        List<Place> zones = new ArrayList<>();
        int columns = (int) Math.ceil(Math.sqrt(size));
        for (int r = 0; r < 3; r++) {
            Place region = t.addPlace("region-" + (r + 1), PlaceKind.REGION, "region-" + (r + 1), null,
                    new Bounds(0, r * 100_000, 1e6, 90_000));
            for (int z = 0; z < 3; z++) {
                zones.add(t.addPlace("zone-" + (r + 1) + (char) ('a' + z), PlaceKind.ZONE,
                        "zone-" + (r + 1) + (char) ('a' + z), region, new Bounds(z * 300_000, r * 100_000, 290_000,
                                90_000)));
            }
        }
        int services = Math.max(1, size * 2 / 5);
        List<Component> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Component c;
            if (i < services) {
                c = t.addComponent("svc-" + i, ComponentKind.SERVICE, "service " + i);
                t.set(c, "instances", 1 + rnd.nextInt(4));
                t.set(c, "spread", Spread.values()[rnd.nextInt(3)]);
            } else {
                ComponentKind kind = STORES[rnd.nextInt(STORES.length)];
                c = t.addComponent(kind.id() + "-" + i, kind, kind.label() + " " + i);
                configure(t, c, rnd);
            }
            t.place(c, zones.get(rnd.nextInt(zones.size())));
            t.move(c, (i % columns) * 200.0, (i / columns) * 100.0);
            all.add(c);
        }
        // about three dependencies each, always towards a later component: acyclic, services before stores
        for (int i = 0; i < size - 1; i++) {
            int deps = 2 + rnd.nextInt(3);
            for (int k = 0; k < deps; k++) {
                int span = Math.min(size - i - 1, 50);
                int j = i + 1 + rnd.nextInt(span);
                Component a = all.get(i);
                Component b = all.get(j);
                if (t.dependency(a, b).isEmpty()) {
                    t.addDependency(a, b, rnd.nextInt(5) == 0 ? Strength.SOFT : Strength.HARD);
                }
            }
        }
        for (int j = 0; j < journeys; j++) {
            Component entry = all.get(rnd.nextInt(services));
            t.addJourney("journey-" + j, "journey " + j, List.of(entry), TimeBound.ofMinutes(5 + rnd.nextInt(60)),
                    TimeBound.ofMinutes(15 + rnd.nextInt(120)));
        }
        return t;
    }

    private static void configure(Topology t, Component c, Random rnd) {
        ComponentKind k = c.kind();
        if (k.setting("backup_interval").isPresent() && rnd.nextInt(6) > 0) {
            t.set(c, "backup_interval", BACKUPS[rnd.nextInt(BACKUPS.length)]);
        }
        if (k.setting("backup_location").isPresent()) {
            t.set(c, "backup_location", BackupLocation.values()[rnd.nextInt(2)]);
        }
        if (k.setting("continuous_archiving").isPresent()) {
            t.set(c, "continuous_archiving", rnd.nextBoolean());
        }
        if (k.setting("replication_mode").isPresent()) {
            t.set(c, "replication_mode", ReplicationMode.values()[rnd.nextInt(4)]);
        }
        if (k.setting("replicas").isPresent()) {
            t.set(c, "replicas", rnd.nextInt(3));
        }
        if (k.setting("replica_placement").isPresent()) {
            t.set(c, "replica_placement", ReplicaPlacement.values()[rnd.nextInt(3)]);
        }
        if (k.setting("failover").isPresent()) {
            t.set(c, "failover", Failover.values()[rnd.nextInt(2)]);
        }
        if (k.setting("replication_factor").isPresent()) {
            t.set(c, "replication_factor", 1 + rnd.nextInt(3));
        }
        if (k.setting("data_size_gb").isPresent()) {
            t.set(c, "data_size_gb", (double) (1 + rnd.nextInt(2000)));
        }
        // the richer model: a disaster-recovery group, a copy of the backups in another region, a delayed
        // replica, caches, active/active services
        if (k.has(ReplicaGroup.MORE) && rnd.nextInt(3) == 0) {
            t.set(c, ReplicaGroup.MORE.key(), "mode=" + (rnd.nextBoolean() ? "async" : "sync")
                    + " placement=" + ReplicaPlacement.values()[rnd.nextInt(3)].id()
                    + (rnd.nextBoolean() ? " failover=automatic" : ""));
        }
        if (k.has(BackupCopy.COPIES) && rnd.nextInt(3) == 0) {
            t.set(c, BackupCopy.COPIES.key(), "location=other_region delay=" + (5 + rnd.nextInt(120)) + "m");
        }
        if (k.has(Settings.DELAYED_REPLICA) && rnd.nextInt(4) == 0) {
            t.set(c, Settings.DELAYED_REPLICA.key(), (1 + rnd.nextInt(6)) + "h");
        }
        if (k.has(Redis.ROLE) && rnd.nextInt(3) == 0) {
            t.set(c, Redis.ROLE.key(), "cache");
        }
        if (k.has(StatelessService.ACTIVE_ACTIVE) && rnd.nextInt(5) == 0) {
            t.set(c, StatelessService.ACTIVE_ACTIVE.key(), true);
        }
    }
}
