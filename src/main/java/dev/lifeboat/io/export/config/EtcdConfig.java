package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.RaftStore.ELECTION_TIME;
import static dev.lifeboat.model.RaftStore.ELECTION_TIMEOUT;
import static dev.lifeboat.model.RaftStore.MEMBERS;
import static dev.lifeboat.model.RaftStore.MEMBER_PLACEMENT;

import dev.lifeboat.model.Place;
import dev.lifeboat.model.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * etcd 3.4+ (a Raft store): the YAML configuration file every member starts with ({@code etcd --config-file}),
 * with the keys of etcd's configuration flags (name, data-dir, initial-cluster, heartbeat-interval,
 * election-timeout, snapshot-count...), and the backup schedule as {@code etcdctl snapshot save}, the only
 * backup etcd has: its own {@code snapshot-count} snapshots compact the log inside the data directory.
 *
 * @see <a href="https://etcd.io/docs/v3.5/op-guide/configuration/">Configuration flags</a>
 * @see <a href="https://etcd.io/docs/v3.5/tuning/">Tuning: heartbeat interval and election timeout</a>
 */
final class EtcdConfig implements TechnologyConfig {

    private static final String TARGET = "etcd 3.4 or later (YAML configuration file)";
    private static final String DOCS = "https://etcd.io/docs/v3.5/";
    /** The longest election timeout etcd accepts, in milliseconds. */
    static final long MAX_ELECTION_MS = 50_000;
    /** The shortest election timeout this file writes, in milliseconds (ten heartbeats of 10 ms). */
    static final long MIN_ELECTION_MS = 100;
    /** The peer and client ports of etcd's documentation. */
    private static final int PEER_PORT = 2380;
    private static final int CLIENT_PORT = 2379;

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        String name = ctx.fileName(null, "etcd.conf.yml");
        int members = ctx.get(MEMBERS);
        String stem = ctx.stem();
        ConfigText t = new ConfigText(": ");
        ctx.header(t, name, "configuration file for each member of the cluster", TARGET, "Use: on each of the "
                + members + " members, copy it, set the member's own name and addresses where it says "
                + ConfigContext.CHANGE_ME + ", and start etcd --config-file " + name + ". A configuration file "
                + "replaces every command-line flag and ETCD_ variable.");
        quorum(t, ctx, members);
        t.set("name", quote(member(stem, 1)), ConfigContext.CHANGE_ME + ": this member's name, one of "
                + String.join(", ", memberNames(stem, members)) + " (as in initial-cluster).");
        t.set("data-dir", quote("/var/lib/etcd/" + stem), "Where the member keeps its write-ahead log and its "
                + "database: a write is acknowledged once a majority has it in this log on disk, so it belongs on a "
                + "local disk that survives a process crash.");
        List<String> cluster = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            cluster.add(member(stem, i) + "=" + url(i, PEER_PORT));
        }
        t.set("initial-cluster", quote(String.join(",", cluster)), ConfigContext.CHANGE_ME + ": the " + members
                + " members (members) and their peer addresses, the same on every member.");
        t.set("initial-cluster-token", quote(stem), "Tells this cluster apart from others started from the same "
                + "addresses.");
        t.set("initial-cluster-state", quote("new"), "Bootstraps a new cluster; a member that replaces a lost one "
                + "joins with existing after etcdctl member add.");
        t.set("initial-advertise-peer-urls", quote(url(1, PEER_PORT)), ConfigContext.CHANGE_ME + ": this member's "
                + "peer address, as in initial-cluster.");
        t.set("listen-peer-urls", quote("http://" + ConfigContext.CHANGE_ME + "-this-member-ip:" + PEER_PORT),
                ConfigContext.CHANGE_ME + ": the IP address this member listens on for its peers (an address, "
                        + "not a host name). Use https and the peer TLS settings outside a trusted network.");
        t.set("listen-client-urls", quote("http://" + ConfigContext.CHANGE_ME + "-this-member-ip:" + CLIENT_PORT),
                ConfigContext.CHANGE_ME + ": the IP address this member serves clients on.");
        t.set("advertise-client-urls", quote(url(1, CLIENT_PORT)), ConfigContext.CHANGE_ME + ": this member's "
                + "client address as clients reach it.");
        long electionMs = electionMs(ctx.get(ELECTION_TIMEOUT));
        long heartbeatMs = Math.max(10, electionMs / 10);
        t.set("heartbeat-interval", String.valueOf(heartbeatMs), "Milliseconds: the leader's heartbeat, a tenth "
                + "of the election timeout as etcd's defaults (100 and 1000) and its tuning guide have it; it must "
                + "be about the round trip between members. " + DOCS + "tuning/");
        long asked = ctx.get(ELECTION_TIMEOUT) * 1000;
        t.set("election-timeout", String.valueOf(electionMs), "Milliseconds: a follower that hears no heartbeat "
                + "for " + ConfigContext.dur(ctx.get(ELECTION_TIMEOUT)) + " (election_timeout) starts an election, "
                + "so a lost leader is replaced after that and about " + ConfigContext.dur(ctx.get(ELECTION_TIME))
                + " more for the vote and the clients' switch (election_time, assumed)."
                + (asked > MAX_ELECTION_MS ? " The design asks for " + ConfigContext.dur(ctx.get(ELECTION_TIMEOUT))
                        + ", above the 50 s etcd accepts, so 50 s." : "")
                + (asked < MIN_ELECTION_MS ? " The design asks for " + ConfigContext.dur(ctx.get(ELECTION_TIMEOUT))
                        + "; etcd needs at least five heartbeats, so ten of 10 ms." : "")
                + " " + DOCS + "tuning/");
        t.set("snapshot-count", "10000", "After this many committed writes the member compacts its log into a "
                + "snapshot inside data-dir (the value of etcd's sample configuration file). This is not a backup: "
                + "it is lost with the member; the backups are etcdctl snapshot save, below.");
        BackupSchedule.write(t, ctx, "etcdctl --endpoints=" + url(1, CLIENT_PORT) + " snapshot save /backups/" + stem
                + "-$(date +\\%F-\\%H\\%M).db", "a deleted key range or a bad write (a majority commits it and "
                + "every member applies it)");
        t.comment("Restore (etcd's disaster recovery): etcdutl snapshot restore on every member of a new cluster "
                + "(etcdctl snapshot restore before 3.5), then start them with initial-cluster-state new. " + DOCS
                + "op-guide/recovery/");
        return List.of(new ConfigFile(name, t.text()));
    }

    /** What the members' number and placement give: the quorum, and the losses it survives. */
    private static void quorum(ConfigText t, ConfigContext ctx, int members) {
        int majority = members / 2 + 1;
        List<Place> zones = ctx.component().memberZones();
        String where = !zones.isEmpty()
                ? "in zones " + zones.stream().map(Place::id).collect(Collectors.joining(", ")) + " (member_zones)"
                : switch (ctx.get(MEMBER_PLACEMENT)) {
                    case SINGLE_ZONE -> "in one zone (member_placement single_zone): a zone loss takes them all";
                    case MULTI_ZONE -> "over several zones (member_placement multi_zone)";
                    case MULTI_REGION -> "over several regions (member_placement multi_region)";
                };
        t.comment("Quorum: " + members + " member" + (members == 1 ? "" : "s") + " (members) " + where + ". A write "
                + "commits once " + majority + " of them " + (majority == 1 ? "has" : "have") + " it in their log, "
                + "so losing " + (members - majority) + " loses nothing and the cluster keeps serving; losing "
                + (members - majority + 1) + " stops writes until a majority is back. " + DOCS + "faq/");
        if (ctx.get(MEMBER_PLACEMENT) == Spread.SINGLE_ZONE && zones.isEmpty() && members > 1) {
            t.comment("Spread the members over three zones to survive a zone loss.");
        }
        t.blank();
    }

    /** The election timeout in milliseconds, within what etcd accepts. */
    static long electionMs(long seconds) {
        return Math.max(MIN_ELECTION_MS, Math.min(MAX_ELECTION_MS, seconds * 1000));
    }

    private static String member(String stem, int i) {
        return stem + "-" + i;
    }

    private static List<String> memberNames(String stem, int members) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            names.add(member(stem, i));
        }
        return names;
    }

    private static String url(int member, int port) {
        return "http://" + ConfigContext.CHANGE_ME + "-member" + member + ":" + port;
    }

    /** A YAML single-quoted scalar (a quote inside is doubled). */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
