package dev.lifeboat.engine.cost;

import dev.lifeboat.engine.cost.CostLine.Part;
import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.BackupLocation;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.ObjectStorage;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.StatelessService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A component's monthly cost from its settings and the design's unit prices ({@link Prices}): its instances
 * (replicas and standbys included), their disks, its backups and their copies, its archived logs, and the data it
 * moves across zones and regions. Each technology's formula is one method here, chosen by an exhaustive switch over
 * kinds; every line says how it was computed and what it assumes. The formulas are in docs/engine.md ("Costs").
 *
 * <p>Conventions: a month is 730 hours for instances (as AWS bills) and 30 days for data written; backups are full
 * backups (incremental ones would cost less, said in the line); amounts are never negative.
 */
public final class CostModel {

    private static final double DAYS_PER_MONTH = 30;
    private static final double DAY = 86_400;

    private CostModel() {
    }

    /** The component's monthly cost at its design's prices. */
    public static ComponentCost estimate(Component c) {
        Objects.requireNonNull(c, "component");
        return estimate(c, c.topology().prices());
    }

    /** The component's monthly cost at the given prices (for comparing designs or price tables). */
    public static ComponentCost estimate(Component c, Prices prices) {
        return ComponentCost.of(run(c, prices, true).lines);
    }

    /**
     * The component's monthly cost at its design's prices, without the lines' words: the same formula as
     * {@link #estimate}, for totals kept up to date on every edit of large designs.
     */
    public static double total(Component c) {
        Objects.requireNonNull(c, "component");
        return total(c, c.topology().prices());
    }

    /** The component's monthly cost at the given prices, without the lines' words. */
    public static double total(Component c, Prices prices) {
        return run(c, prices, false).total;
    }

    /**
     * The parts a kind's cost can have, in the order lines come: the same for every component of the kind, so that a
     * summary can show them all (at 0 when a setting leaves one out) without changing shape on every edit.
     */
    public static List<Part> parts(ComponentKind kind) {
        return switch (kind) {
            case SERVICE -> List.of(Part.INSTANCES);
            case POSTGRESQL, MYSQL, MONGODB -> List.of(Part.INSTANCES, Part.STORAGE, Part.BACKUPS, Part.ARCHIVE,
                    Part.TRANSFER);
            case REDIS -> List.of(Part.INSTANCES, Part.BACKUPS, Part.TRANSFER);
            case KAFKA, RAFT_STORE -> List.of(Part.INSTANCES, Part.STORAGE, Part.BACKUPS, Part.TRANSFER);
            case OBJECT_STORAGE -> List.of(Part.STORAGE, Part.TRANSFER);
            case EXTERNAL, DATASTORE -> List.of(Part.STATED);
        };
    }

    private static Lines run(Component c, Prices prices, boolean text) {
        Lines out = new Lines(Objects.requireNonNull(c, "component"), Objects.requireNonNull(prices, "prices"), text);
        switch (c.kind()) {
            case SERVICE -> service(out);
            case POSTGRESQL, MYSQL, MONGODB -> database(out);
            case REDIS -> redis(out);
            case KAFKA -> kafka(out);
            case OBJECT_STORAGE -> objectStorage(out);
            case RAFT_STORE -> raftStore(out);
            case EXTERNAL, DATASTORE -> stated(out);
        }
        return out;
    }

    // ---------------------------------------------------------------- one formula per technology

    /** Instances x price; {@code instances} counts every instance, in every zone and region. */
    private static void service(Lines out) {
        Component c = out.c;
        int n = c.get(StatelessService.INSTANCES);
        boolean regions = c.get(StatelessService.ACTIVE_ACTIVE) || c.get(Settings.SPREAD) == Spread.MULTI_REGION;
        out.instances(() -> "Instances", n, () -> n + (n == 1 ? " instance" : " instances")
                + (regions ? "; instances counts every instance in every region, not per region" : ""));
    }

    /**
     * PostgreSQL, MySQL, MongoDB: the primary and every replica (each group's, the delayed replica) with a disk
     * holding the data; backups and their copies; archived logs; replication transfer by placement.
     */
    private static void database(Lines out) {
        Component c = out.c;
        List<ReplicaGroup> groups = ReplicaGroup.of(c);
        boolean delayed = c.kind().has(Settings.DELAYED_REPLICA) && c.get(Settings.DELAYED_REPLICA) != null;
        int n = 1 + (delayed ? 1 : 0);
        for (ReplicaGroup g : groups) {
            n += g.replicas();
        }
        out.instances(() -> "Primary and replicas", n, () -> {
            StringBuilder who = new StringBuilder("1 primary");
            for (ReplicaGroup g : groups) {
                who.append(" + ").append(g.describe());
            }
            return who.append(delayed ? " + 1 delayed replica" : "").toString();
        });
        out.disks(n);
        out.backups();
        out.archive();
        for (ReplicaGroup g : groups) {
            out.replication(() -> "Replication to " + g.describe(), g.replicas(), g.placement(), "");
        }
        if (delayed) {
            out.replication(() -> "Replication to the delayed replica", 1, ReplicaPlacement.OTHER_ZONE,
                    "; the delayed replica is assumed to be in another zone");
        }
    }

    /** The primary and its replicas (in memory: no disk is priced), backups and copies, replication transfer. */
    private static void redis(Lines out) {
        Component c = out.c;
        int replicas = c.get(Settings.REPLICAS);
        ReplicaPlacement placement = c.get(Settings.REPLICA_PLACEMENT);
        out.instances(() -> "Primary and replicas", 1 + replicas, () -> "1 primary" + (replicas == 0 ? ""
                : " + " + replicas + (replicas == 1 ? " replica " : " replicas ") + RoundTrips.where(placement))
                + "; the data lives in the nodes' memory, so no disk is priced");
        out.backups();
        out.replication(() -> "Replication to " + replicas + (replicas == 1 ? " replica" : " replicas"), replicas,
                placement, "");
    }

    /**
     * Brokers = replication factor (at least 1), each holding a copy of the log; geo-replication runs a second such
     * cluster in another region and sends it every record. MSK bills no transfer between its brokers.
     */
    private static void kafka(Lines out) {
        Component c = out.c;
        int rf = Math.max(1, c.get(Kafka.REPLICATION_FACTOR));
        boolean geo = c.get(Kafka.GEO_REPLICATION);
        int clusters = geo ? 2 : 1;
        out.instances(() -> "Brokers", rf * clusters, () -> rf + (rf == 1 ? " broker" : " brokers")
                + " (replication factor)" + (geo ? " x 2 clusters (MirrorMaker 2 to another region)" : ""));
        double data = c.get(Settings.DATA_SIZE_GB);
        out.storage(Part.STORAGE, () -> "Broker storage", data * rf * clusters, () -> fmtGb(data) + " GB x " + rf
                + " replicas"
                + (geo ? " x 2 clusters" : ""), Prices.BLOCK);
        out.backups();
        ReplicaPlacement placement = c.get(Settings.REPLICA_PLACEMENT);
        if (rf > 1 && placement == ReplicaPlacement.OTHER_REGION) {
            out.replication(() -> "Replication between brokers", rf - 1, placement, "");
        }
        if (geo) {
            out.transfer(Part.TRANSFER, () -> "Geo-replication transfer", out.writtenPerMonth(),
                    () -> "every record written, "
                    + out.writeRate() + " x 30 days, sent to the other region", Prices.CROSS_REGION);
        }
    }

    /**
     * The objects at the object-storage price; with versioning, the old versions kept for the retention (every write
     * assumed to replace an object); cross-region replication keeps a second copy and sends it every write.
     */
    private static void objectStorage(Lines out) {
        Component c = out.c;
        double data = c.get(Settings.DATA_SIZE_GB);
        out.storage(Part.STORAGE, () -> "Objects", data, () -> fmtGb(data) + " GB", Prices.OBJECT);
        if (c.get(ObjectStorage.VERSIONING)) {
            double days = c.get(Settings.BACKUP_RETENTION) / DAY;
            out.storage(Part.STORAGE, () -> "Old versions", out.writeRateValue() * days,
                    () -> out.writeRate() + " x " + fmtDays(days)
                    + " kept (every write assumed to replace an object whose old version is kept)", Prices.OBJECT);
        }
        if (c.get(ObjectStorage.CROSS_REGION_REPLICATION)) {
            out.storage(Part.STORAGE, () -> "Replica bucket", data, () -> fmtGb(data) + " GB in the other region",
                    Prices.OBJECT);
            out.transfer(Part.TRANSFER, () -> "Replication transfer", out.writtenPerMonth(), () -> out.writeRate()
                    + " x 30 days sent to the other region", Prices.CROSS_REGION);
        }
    }

    /** Members x price, each with a disk; snapshots; each write sent to the members outside the leader's zone. */
    private static void raftStore(Lines out) {
        Component c = out.c;
        int members = c.get(RaftStore.MEMBERS);
        out.instances(() -> "Members", members, () -> members + (members == 1 ? " member" : " members"));
        out.disks(members);
        out.backups();
        int[] away = membersAway(c);
        if (away[0] > 0) {
            out.replication(() -> "Replication to members in other zones", away[0], ReplicaPlacement.OTHER_ZONE, "");
        }
        if (away[1] > 0) {
            out.replication(() -> "Replication to members in other regions", away[1], ReplicaPlacement.OTHER_REGION,
                    "");
        }
    }

    /**
     * How many members other than the leader (member 1) are in another zone of its region, and in another region:
     * from {@code member_zones} when set, else spread evenly over up to three zones or regions.
     */
    static int[] membersAway(Component c) {
        int members = c.get(RaftStore.MEMBERS);
        List<Place> zones = c.memberZones();
        int[] away = new int[2];
        if (!zones.isEmpty()) {
            Place leader = zones.get(0);
            for (int i = 1; i < members; i++) {
                Place z = zones.get(i % zones.size());
                if (z == leader) {
                    continue;
                }
                boolean sameRegion = z.region() == null || leader.region() == null || z.region() == leader.region();
                away[sameRegion ? 0 : 1]++;
            }
            return away;
        }
        Spread spread = c.get(RaftStore.MEMBER_PLACEMENT);
        if (spread == Spread.SINGLE_ZONE) {
            return away;
        }
        int groups = Math.min(3, members);
        int withLeader = (members + groups - 1) / groups;
        away[spread == Spread.MULTI_ZONE ? 0 : 1] = members - withLeader;
        return away;
    }

    /** External providers and generic datastores: what the user says they cost. */
    private static void stated(Lines out) {
        Component c = out.c;
        double amount = c.get(Settings.MONTHLY_COST);
        out.add(Part.STATED, () -> "Stated monthly cost", amount, () -> c.isSet(Settings.MONTHLY_COST)
                ? "your number (monthly_cost)" : "none given: Lifeboat cannot price "
                + c.kind().label().toLowerCase(Locale.ROOT) + "s; set monthly_cost");
    }

    // ---------------------------------------------------------------- the lines

    /** Collects one component's amounts at one table of prices, and their lines' words when asked to. */
    private static final class Lines {
        final Component c;
        final Prices p;
        final boolean text;
        final List<CostLine> lines = new ArrayList<>(6);
        double total;

        Lines(Component c, Prices p, boolean text) {
            this.c = c;
            this.p = p;
            this.text = text;
        }

        /** An amount; its words are made only for the lines, not for a total. */
        void add(Part part, Supplier<String> what, double amount, Supplier<String> basis) {
            total += amount;
            if (text) {
                lines.add(new CostLine(what.get(), amount, basis.get(), part));
            }
        }

        /** {@code n} instances at the component's own price or the table's for its kind. */
        void instances(Supplier<String> what, int n, Supplier<String> who) {
            Double own = c.get(Settings.INSTANCE_MONTHLY_PRICE);
            double price = own != null ? own : p.instanceMonth(c.kind());
            add(Part.INSTANCES, what, n * price, () -> {
                String source = own != null ? "this component's instance_monthly_price" : p.source(c.kind());
                String w = who.get();
                int note = w.indexOf(';');
                return (note < 0 ? w : w.substring(0, note)) + " = " + n + " x " + p.format(price) + " a month ("
                        + source + ")" + (note < 0 ? "" : w.substring(note));
            });
        }

        /** {@code n} disks, each holding the data. */
        void disks(int n) {
            double data = c.get(Settings.DATA_SIZE_GB);
            storage(Part.STORAGE, () -> "Disks", n * data, () -> n + (n == 1 ? " disk" : " disks") + " x "
                    + fmtGb(data) + " GB",
                    Prices.BLOCK);
        }

        /** {@code gb} GB-months at the storage price of {@code key}. */
        void storage(Part part, Supplier<String> what, double gb, Supplier<String> how, String key) {
            double unit = p.perGb(key);
            add(part, what, gb * unit, () -> how.get() + " = " + fmtGb(gb) + " GB x " + p.formatUnit(unit)
                    + "/GB-month (" + p.source(key) + ")");
        }

        /** {@code gb} GB moved at the transfer price of {@code key}; nothing when nothing is moved. */
        void transfer(Part part, Supplier<String> what, double gb, Supplier<String> how, String key) {
            double unit = p.perGb(key);
            if (gb <= 0) {
                return;
            }
            add(part, what, gb * unit, () -> how.get() + " = " + fmtGb(gb) + " GB x " + p.formatUnit(unit) + "/GB ("
                    + p.source(key) + ")");
        }

        /** Every write sent to {@code replicas} replicas at {@code placement}: nothing within a zone. */
        void replication(Supplier<String> what, int replicas, ReplicaPlacement placement, String note) {
            if (placement == ReplicaPlacement.SAME_ZONE || replicas <= 0) {
                return;
            }
            String key = placement == ReplicaPlacement.OTHER_ZONE ? Prices.CROSS_ZONE : Prices.CROSS_REGION;
            transfer(Part.TRANSFER, what, writtenPerMonth() * replicas, () -> writeRate() + " x 30 days x " + replicas
                    + (replicas == 1 ? " replica" : " replicas") + note, key);
        }

        /**
         * Each place the backups are kept: ceil(retention / interval) full backups of the data at the object price,
         * and, for a place in another region, each backup sent there.
         */
        void backups() {
            List<BackupCopy> places = BackupCopy.of(c);
            if (places.isEmpty()) {
                return;
            }
            double data = c.get(Settings.DATA_SIZE_GB);
            for (BackupCopy b : places) {
                long kept = Math.max(1, (b.retention() + b.interval() - 1) / Math.max(1, b.interval()));
                Supplier<String> what = () -> b.number() == 1 ? "Backups" : "Backup copy " + (b.number() - 1);
                storage(Part.BACKUPS, what, kept * data, () -> kept + " full backups (kept "
                        + Durations.format(b.retention())
                        + ", one every " + Durations.format(b.interval()) + ") x " + fmtGb(data)
                        + " GB; incremental backups would cost less", Prices.OBJECT);
                if (b.location() == BackupLocation.OTHER_REGION) {
                    double perMonth = DAYS_PER_MONTH * DAY / Math.max(1, b.interval());
                    transfer(Part.BACKUPS, () -> what.get() + " sent to another region", perMonth * data,
                            () -> fmtCount(perMonth)
                            + " backups a month x " + fmtGb(data) + " GB", Prices.CROSS_REGION);
                }
            }
        }

        /** Continuous archiving: the log written over the retention, in each place keeping it, at the archive price. */
        void archive() {
            if (!c.kind().has(Settings.CONTINUOUS_ARCHIVING) || !c.get(Settings.CONTINUOUS_ARCHIVING)) {
                return;
            }
            for (BackupCopy b : BackupCopy.of(c)) {
                if (!b.logs()) {
                    continue;
                }
                double days = b.retention() / DAY;
                Supplier<String> what = () -> b.number() == 1 ? "Archived log" : "Archived log, copy "
                        + (b.number() - 1);
                storage(Part.ARCHIVE, what, writeRateValue() * days, () -> writeRate() + " x " + fmtDays(days)
                        + " kept",
                        Prices.ARCHIVE);
                if (b.location() == BackupLocation.OTHER_REGION) {
                    transfer(Part.ARCHIVE, () -> what.get() + " sent to another region", writtenPerMonth(),
                            () -> writeRate()
                            + " x 30 days", Prices.CROSS_REGION);
                }
            }
        }

        double writeRateValue() {
            return c.get(Settings.WRITE_RATE);
        }

        double writtenPerMonth() {
            return writeRateValue() * DAYS_PER_MONTH;
        }

        /** "10 GB/day written (assumed)" or, for the user's number, without the mark. */
        String writeRate() {
            return fmtGb(writeRateValue()) + " GB/day written" + (c.isSet(Settings.WRITE_RATE) ? "" : " (assumed)");
        }
    }

    // ---------------------------------------------------------------- numbers for people

    static String fmtGb(double gb) {
        if (gb == Math.rint(gb) && Math.abs(gb) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) gb);
        }
        return String.format(Locale.ROOT, "%,.2f", gb);
    }

    private static String fmtCount(double n) {
        return n == Math.rint(n) ? String.format(Locale.ROOT, "%,d", (long) n) : String.format(Locale.ROOT, "%,.1f", n);
    }

    private static String fmtDays(double days) {
        return fmtCount(days) + (days == 1 ? " day" : " days");
    }
}
