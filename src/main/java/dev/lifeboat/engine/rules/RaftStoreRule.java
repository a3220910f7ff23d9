package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.RaftStore.ELECTION_TIME;
import static dev.lifeboat.model.RaftStore.ELECTION_TIMEOUT;
import static dev.lifeboat.model.RaftStore.MEMBERS;
import static dev.lifeboat.model.RaftStore.MEMBER_PLACEMENT;
import static dev.lifeboat.model.RaftStore.REFORM_TIME;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.BackupLocation;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.TimeBound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store replicated by consensus (Raft: etcd, Consul, Raft-based caches). A write is acknowledged once a
 * majority of the members has it in its write-ahead log, so it loses nothing while a majority survives: the
 * survivors elect a new leader (the election timeout, then a vote). When a failure takes the majority, the
 * cluster cannot serve and the lost members' data is gone with them: it comes back from its last snapshot
 * ({@code etcdctl snapshot save}), restored on new members that form a new cluster. Logical corruption (a bad
 * write, a deleted key range) is committed on every member like any write, so backups decide.
 *
 * <p>Where the members are: {@code member_placement} spreads them evenly over up to three zones
 * ({@code multi_zone}) or regions ({@code multi_region}), or keeps them in one zone; {@code member_zones},
 * when set, names the zones instead, and zone or region loss is then the worst case over them.
 */
final class RaftStoreRule implements Rule {

    // ---------------------------------------------------------------- documentation

    static final Reference ETCD_TUNING = new Reference(
            "etcd: Tuning (heartbeat interval 100 ms, election timeout 1000 ms by default)",
            "https://etcd.io/docs/v3.5/tuning/");
    static final Reference ETCD_FAILURES = new Reference("etcd: Failure modes (leader failure, majority failure)",
            "https://etcd.io/docs/v3.5/op-guide/failures/");
    static final Reference ETCD_RECOVERY = new Reference(
            "etcd: Disaster recovery (etcdctl snapshot save, etcdutl snapshot restore)",
            "https://etcd.io/docs/v3.5/op-guide/recovery/");
    static final Reference ETCD_FAULT_TOLERANCE = new Reference(
            "etcd FAQ: fault tolerance table (a cluster of N members tolerates (N-1)/2 failures)",
            "https://etcd.io/docs/v3.5/faq/");

    /** Zones or regions {@code multi_zone} and {@code multi_region} spread the members over, at most. */
    private static final int SPREAD_OVER = 3;

    @Override
    public ComponentKind kind() {
        return ComponentKind.RAFT_STORE;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        int members = c.get(MEMBERS);
        Spread placement = c.get(MEMBER_PLACEMENT);
        List<Place> zones = c.memberZones();
        if (!zones.isEmpty() && (scenario == Scenario.ZONE_LOSS || scenario == Scenario.REGION_LOSS)) {
            return inZones(c, v, members, zones);
        }
        return switch (scenario) {
            case PROCESS_CRASH -> processCrash(c, v, members);
            case NODE_LOSS -> lost(c, v, members, 1, "one member is lost with its disk");
            case ZONE_LOSS -> lost(c, v, members, placement == Spread.SINGLE_ZONE ? members : share(members),
                    placement == Spread.SINGLE_ZONE ? "all members run in the lost zone (member_placement single_zone)"
                            : "the lost zone held up to " + share(members) + " of the members (member_placement "
                                    + placement.id() + ")");
            case REGION_LOSS -> lost(c, v, members, placement == Spread.MULTI_REGION ? share(members) : members,
                    placement == Spread.MULTI_REGION ? "the lost region held up to " + share(members)
                            + " of the members (member_placement multi_region)"
                            : "all members run in the lost region (member_placement " + placement.id() + ")");
            case LOGICAL_CORRUPTION -> fromBackup(c, v, "a bad write or a deleted key range is committed by a "
                    + "majority and applied by every member, like any write", true);
        };
    }

    /**
     * Zone or region loss with the members in named zones ({@code member_zones}): the worst case over the listed
     * zones (regions), the loss of the one holding the most members. A zone in no region is assumed to be in the
     * lost region, as the engine assumes for components.
     */
    private static ComponentAssessment inZones(Component c, Verdict v, int members, List<Place> zones) {
        Map<Place, Integer> perZone = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            perZone.merge(zones.get(i % zones.size()), 1, Integer::sum);
        }
        if (v.scenario() == Scenario.ZONE_LOSS) {
            Place worst = null;
            for (Map.Entry<Place, Integer> e : perZone.entrySet()) {
                if (worst == null || e.getValue() > perZone.get(worst)) {
                    worst = e.getKey();
                }
            }
            int lost = perZone.get(worst);
            String why = perZone.size() == 1 ? "all members run in zone " + name(worst) + " (member_zones)"
                    : "the worst case is the loss of zone " + name(worst) + ", which holds " + lost + " of the "
                            + members + " members (member_zones)";
            return lost(c, v, members, lost, why);
        }
        int regionless = 0;
        Map<Place, Integer> perRegion = new LinkedHashMap<>();
        for (Map.Entry<Place, Integer> e : perZone.entrySet()) {
            Place region = e.getKey().region();
            if (region == null) {
                regionless += e.getValue();
            } else {
                perRegion.merge(region, e.getValue(), Integer::sum);
            }
        }
        Place worst = null;
        for (Map.Entry<Place, Integer> e : perRegion.entrySet()) {
            if (worst == null || e.getValue() > perRegion.get(worst)) {
                worst = e.getKey();
            }
        }
        if (worst == null) {
            return lost(c, v, members, members, "the member zones are in no region, so all members are assumed "
                    + "to be in the lost one (member_zones)");
        }
        int lost = perRegion.get(worst) + regionless;
        String why = perRegion.size() == 1 && regionless == 0
                ? "all members run in zones of region " + name(worst) + " (member_zones)"
                : "the worst case is the loss of region " + name(worst) + ", whose zones hold " + lost + " of the "
                        + members + " members" + (regionless > 0 ? " (counting those in zones of no region)" : "")
                        + " (member_zones)";
        return lost(c, v, members, lost, why);
    }

    private static String name(Place p) {
        return Printable.echo(p.name());
    }

    /** The most members one zone or region holds when they are spread evenly over up to three. */
    private static int share(int members) {
        int places = Math.min(members, SPREAD_OVER);
        return (members + places - 1) / places;
    }

    /** The smallest majority of the members: what a write needs, and what the cluster needs to serve. */
    static int quorum(int members) {
        return members / 2 + 1;
    }

    /** A member's process dies and restarts from its write-ahead log on the same disk. */
    private static ComponentAssessment processCrash(Component c, Verdict v, int members) {
        long restart = c.get(RESTART_TIME);
        v.rpo(TimeBound.ZERO).say("a write is acknowledged only once a majority of members has it in its "
                + "write-ahead log on disk, and the crashed member restarts from its log. ").cite(ETCD_FAILURES);
        if (members - 1 >= quorum(members)) {
            return election(c, v, members, 1);
        }
        return v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("with ").say(members).say(members == 1 ? " member" : " members")
                .say(" the others are no majority without it, so the store waits for the restart (")
                .assumed(RESTART_TIME).say(").")
                .cite(ETCD_FAULT_TOLERANCE).done();
    }

    /** {@code lost} of the members are gone with their disks: an election while a majority survives. */
    private static ComponentAssessment lost(Component c, Verdict v, int members, int lost, String why) {
        if (members - lost >= quorum(members)) {
            v.rpo(TimeBound.ZERO).say(why).say(", and the other ").say(members - lost).say(" of ").say(members)
                    .say(" are still a majority, which has every acknowledged write. ").cite(ETCD_FAULT_TOLERANCE);
            return election(c, v, members, lost);
        }
        return fromBackup(c, v, why + ", which leaves " + (members - lost) + " of " + members
                + " members, no majority (" + quorum(members) + "), so the cluster cannot serve and the lost "
                + "members' data is gone", false);
    }

    /** The survivors elect a leader: the election timeout (documented), then the vote (assumed). */
    private static ComponentAssessment election(Component c, Verdict v, int members, int lost) {
        long timeout = c.get(ELECTION_TIMEOUT);
        long vote = c.get(ELECTION_TIME);
        return v.rto(TimeBound.ofSeconds(timeout + vote)).action(RecoveryAction.FAILOVER)
                .say("if the leader was among the lost, the followers wait the election timeout (").dur(timeout)
                .say(", election_timeout) without a heartbeat, then elect a new leader and clients find it (")
                .dur(vote).say(", ").assumed(ELECTION_TIME).say(").")
                .cite(ETCD_TUNING).cite(ETCD_FAILURES).done();
    }

    /**
     * Restores the last snapshot on new members and forms a new cluster: RPO the backup interval, RTO
     * provisioning, restore and re-formation. Backups kept only in the region do not survive its loss.
     */
    private static ComponentAssessment fromBackup(Component c, Verdict v, String why, boolean corruption) {
        Long interval = c.get(BACKUP_INTERVAL);
        v.cite(ETCD_RECOVERY);
        if (interval == null) {
            return v.unbounded().say(why).say(", and no snapshot is saved (backup_interval none; etcd's "
                    + "snapshot-count only compacts the log on the members themselves).").done();
        }
        if (v.scenario() == Scenario.REGION_LOSS && c.get(BACKUP_LOCATION) != BackupLocation.OTHER_REGION) {
            return v.unbounded().say(why).say(", and snapshots kept only in the same region do not survive a region "
                    + "loss (backup_location same_region).").done();
        }
        long provision = c.get(PROVISION_TIME);
        double size = c.get(DATA_SIZE_GB);
        double rate = c.get(RESTORE_RATE);
        double restoreSeconds = size / rate * 3600.0;
        long restore = restoreSeconds >= 1e15 ? Long.MAX_VALUE / 4 : (long) Math.ceil(restoreSeconds);
        long reform = c.get(REFORM_TIME);
        v.rpo(TimeBound.ofSeconds(interval)).say(why).say(", so the newest copy is the last snapshot, saved every ")
                .dur(interval).say(" (backup_interval, etcdctl snapshot save). ")
                .rto(TimeBound.ofSecondsCeil((double) provision + restore + reform)).action(RecoveryAction.RESTORE)
                .prepare(TimeBound.ofSecondsCeil((double) provision + restore).seconds())
                .say("provision new members (").dur(provision).say(", ").assumed(PROVISION_TIME).say(")");
        Backups.restore(c, v, size, rate, restore);
        v.say(" + form a new cluster from the snapshot (").dur(reform).say(", ").assumed(REFORM_TIME).say(").");
        if (corruption) {
            Backups.retention(c, v);
        }
        return v.done();
    }
}
