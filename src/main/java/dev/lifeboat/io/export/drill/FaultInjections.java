package dev.lifeboat.io.export.drill;

import static dev.lifeboat.io.export.playbook.Procedure.cmd;
import static dev.lifeboat.io.export.playbook.Procedure.destructive;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.io.export.playbook.Procedure;
import dev.lifeboat.io.export.playbook.Procedures;
import dev.lifeboat.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * How to inject each fault into each technology on a staging copy, and how to measure what it lost: the one
 * home of the drills' technology knowledge, as {@link Procedures} is of the recovery steps (whose commands the
 * drills reuse to recover from corruption and to check that a component is back). Commands follow the
 * technologies' own tools: PostgreSQL's {@code postmaster.pid} (its first line is the postmaster's PID) and
 * {@code pg_is_in_recovery()}, {@code mysqld}, Redis's {@code INFO replication} and Sentinel, Kafka's
 * {@code kafka-topics.sh --describe} (each partition's leader) and console producer and consumer, MongoDB's
 * {@code db.hello()}, etcd's {@code etcdctl endpoint status}. Like the playbooks' commands they are fixed
 * templates that read hosts and paths from variables ({@code $P_} becomes the component's prefix, {@code C3_}),
 * never text from the design.
 */
final class FaultInjections {

    /** Where a drill's marker writes go: a table, key, topic or object that nothing else uses. */
    static final String MARKER = "lifeboat_drill_marker";

    /**
     * One fault on one component.
     *
     * @param target what to hit, for a person ("the primary")
     * @param inject the commands that inject the fault, in order
     * @param marker a command that writes one marker (run it every second from before the fault), or null for
     *               a component that keeps no data of its own
     * @param newest a command that shows the newest marker that survived, or null with {@code marker}
     * @param verify a command that succeeds only when the component serves again (from the playbook)
     */
    record Injection(String target, List<Procedure.Command> inject, Procedure.Command marker,
                     Procedure.Command newest, Procedure.Command verify) {
    }

    /**
     * What a technology contributes: what to hit, how to find it, how to stop its process on its host, how to
     * write and read a marker, and how to corrupt the markers.
     */
    private record Tech(String target, Procedure.Command find, Procedure.Command stop, Procedure.Command marker,
                        Procedure.Command newest, Procedure.Command corrupt) {
    }

    private FaultInjections() {
    }

    /**
     * @param action what the engine says recovery needs under the fault's scenario: corruption is recovered
     *               from with the playbook's steps for it
     */
    static Injection of(ComponentKind kind, Fault fault, RecoveryAction action) {
        Tech t = tech(kind);
        Procedure recovery = Procedures.of(kind, action);
        List<Procedure.Command> steps = new ArrayList<>();
        if (t.find() != null && fault != Fault.CORRUPT_AND_RECOVER) {
            steps.add(t.find());
        }
        // nothing of ours runs a provider or a managed bucket: the drill cuts staging off from it instead
        boolean managed = kind == ComponentKind.EXTERNAL || kind == ComponentKind.OBJECT_STORAGE;
        switch (fault) {
            case STOP_PROCESS -> steps.add(t.stop());
            case KILL_NODE -> steps.add(managed ? t.stop() : destructive("terminate that host with its disk (on AWS "
                    + "as here; elsewhere your platform's command)", "aws ec2 terminate-instances --instance-ids "
                    + "\"${P_INSTANCE_ID:?set P_INSTANCE_ID}\""));
            case BLOCK_ZONE -> steps.add(destructive("block the zone it runs in (see \"Blocking a zone or a region\")",
                    "DRILL_LABEL=topology.kubernetes.io/zone DRILL_PLACE=\"${DRILL_ZONE:?set DRILL_ZONE}\" "
                            + "./lifeboat-drill-block.sh"));
            case BLOCK_REGION -> steps.add(destructive("block the region it runs in (see \"Blocking a zone or a "
                    + "region\")", "DRILL_LABEL=topology.kubernetes.io/region DRILL_PLACE=\"${DRILL_REGION:?set "
                    + "DRILL_REGION}\" ./lifeboat-drill-block.sh"));
            case CORRUPT_AND_RECOVER -> {
                steps.add(cmd("note the time just before the bad write: recover to it",
                        "P_TARGET_TIME=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"; export P_TARGET_TIME"));
                steps.add(t.corrupt());
                steps.addAll(recovery.steps());
            }
        }
        return new Injection(t.target(), List.copyOf(steps), t.marker(), t.newest(), recovery.verify());
    }

    private static Tech tech(ComponentKind kind) {
        return switch (kind) {
            case SERVICE -> new Tech("one instance", null,
                    destructive("on its host: kill the process, which its supervisor restarts (systemd)",
                            "sudo systemctl kill --signal=SIGKILL \"${P_UNIT:?set P_UNIT}\""),
                    null, null,
                    destructive("roll out a build that writes bad data (your deploy command)",
                            "${P_BAD_DEPLOY_CMD:?set P_BAD_DEPLOY_CMD}"));
            case POSTGRESQL -> new Tech("the primary",
                    cmd("check that the host is the primary", "psql -h \"${P_HOST:?set P_HOST}\" -Atc "
                            + "'SELECT pg_is_in_recovery()' | grep -qx f"),
                    destructive("on the primary's host: kill the postmaster (the first line of postmaster.pid)",
                            "sudo kill -KILL \"$(sudo head -1 \"${P_PGDATA:?set P_PGDATA}/postmaster.pid\")\""),
                    cmd("write a marker", "psql -h \"${P_HOST:?set P_HOST}\" -Atc 'CREATE TABLE IF NOT EXISTS "
                            + MARKER + " (at timestamptz PRIMARY KEY); INSERT INTO " + MARKER
                            + " VALUES (clock_timestamp())'"),
                    cmd("show the newest marker", "psql -h \"${P_HOST:?set P_HOST}\" -Atc 'SELECT max(at) FROM "
                            + MARKER + "'"),
                    destructive("the bad write: delete the markers", "psql -h \"${P_HOST:?set P_HOST}\" -c "
                            + "'DELETE FROM " + MARKER + "'"));
            case MYSQL -> new Tech("the source",
                    cmd("check that the host is the source (not read-only)", "mysql -h \"${P_HOST:?set P_HOST}\" "
                            + "-NBe 'SELECT @@global.read_only' | grep -qx 0"),
                    destructive("on the source's host: kill mysqld", "sudo kill -KILL \"$(pidof mysqld)\""),
                    cmd("write a marker", "mysql -h \"${P_HOST:?set P_HOST}\" \"${P_DATABASE:?set P_DATABASE}\" -e "
                            + "'CREATE TABLE IF NOT EXISTS " + MARKER + " (at DATETIME(3) PRIMARY KEY); INSERT INTO "
                            + MARKER + " VALUES (NOW(3))'"),
                    cmd("show the newest marker", "mysql -h \"${P_HOST:?set P_HOST}\" \"${P_DATABASE:?set "
                            + "P_DATABASE}\" -NBe 'SELECT MAX(at) FROM " + MARKER + "'"),
                    destructive("the bad write: delete the markers", "mysql -h \"${P_HOST:?set P_HOST}\" "
                            + "\"${P_DATABASE:?set P_DATABASE}\" -e 'DELETE FROM " + MARKER + "'"));
            case REDIS -> new Tech("the master",
                    cmd("check that the host is the master", "redis-cli -h \"${P_HOST:?set P_HOST}\" INFO "
                            + "replication | grep -q '^role:master'"),
                    destructive("on the master's host: kill redis-server", "sudo kill -KILL \"$(pidof redis-server)\""),
                    cmd("write a marker (the time in seconds)", "redis-cli -h \"${P_HOST:?set P_HOST}\" SET " + MARKER
                            + " \"$(date -u +%s)\""),
                    cmd("show the newest marker", "redis-cli -h \"${P_HOST:?set P_HOST}\" GET " + MARKER),
                    destructive("the bad write: flush every key", "redis-cli -h \"${P_HOST:?set P_HOST}\" FLUSHALL"));
            case KAFKA -> new Tech("the broker that leads the marker topic's partition",
                    cmd("find the leader of the marker topic's partition", "kafka-topics.sh --bootstrap-server "
                            + "\"${P_BOOTSTRAP:?set P_BOOTSTRAP}\" --describe --topic " + MARKER),
                    destructive("on the leader's host: kill the broker", "sudo kill -KILL \"$(pgrep -f kafka.Kafka)\""),
                    cmd("write a marker (create the topic first with your topics' replication settings)",
                            "date -u +%s | kafka-console-producer.sh --bootstrap-server \"${P_BOOTSTRAP:?set "
                                    + "P_BOOTSTRAP}\" --producer-property acks=all --topic " + MARKER),
                    cmd("show the newest marker", "kafka-console-consumer.sh --bootstrap-server \"${P_BOOTSTRAP:?set "
                            + "P_BOOTSTRAP}\" --topic " + MARKER + " --from-beginning --timeout-ms 10000 | tail -1"),
                    destructive("the bad write: delete the marker topic", "kafka-topics.sh --bootstrap-server "
                            + "\"${P_BOOTSTRAP:?set P_BOOTSTRAP}\" --delete --topic " + MARKER));
            case MONGODB -> new Tech("the primary",
                    cmd("check that the host is the primary", "mongosh \"${P_URI:?set P_URI}\" --quiet --eval "
                            + "'db.hello().isWritablePrimary' | grep -qx true"),
                    destructive("on the primary's host: kill mongod", "sudo kill -KILL \"$(pidof mongod)\""),
                    cmd("write a marker", "mongosh \"${P_URI:?set P_URI}\" --quiet --eval 'db." + MARKER
                            + ".insertOne({at: new Date()})'"),
                    cmd("show the newest marker", "mongosh \"${P_URI:?set P_URI}\" --quiet --eval 'db." + MARKER
                            + ".find().sort({at: -1}).limit(1).toArray()'"),
                    destructive("the bad write: delete the markers", "mongosh \"${P_URI:?set P_URI}\" --quiet "
                            + "--eval 'db." + MARKER + ".deleteMany({})'"));
            case RAFT_STORE -> new Tech("the leader",
                    cmd("find the leader (IS LEADER)", "etcdctl --endpoints=\"${P_ENDPOINTS:?set P_ENDPOINTS}\" "
                            + "endpoint status --cluster -w table"),
                    destructive("on the leader's host: kill etcd", "sudo kill -KILL \"$(pidof etcd)\""),
                    cmd("write a marker", "etcdctl --endpoints=\"${P_ENDPOINTS:?set P_ENDPOINTS}\" put " + MARKER
                            + " \"$(date -u +%s)\""),
                    cmd("show the newest marker", "etcdctl --endpoints=\"${P_ENDPOINTS:?set P_ENDPOINTS}\" get "
                            + MARKER),
                    destructive("the bad write: delete every key", "etcdctl --endpoints=\"${P_ENDPOINTS:?set "
                            + "P_ENDPOINTS}\" del \"\" --from-key"));
            case OBJECT_STORAGE -> new Tech("the bucket",
                    null,
                    destructive("a managed service has no process of yours: deny the applications' access to the "
                            + "bucket (your policy)", "${P_DENY_CMD:?set P_DENY_CMD}"),
                    cmd("write a marker", "date -u +%s | aws s3 cp - \"s3://${P_BUCKET:?set P_BUCKET}/" + MARKER
                            + "\""),
                    cmd("show the newest marker", "aws s3 cp \"s3://${P_BUCKET:?set P_BUCKET}/" + MARKER + "\" -"),
                    destructive("the bad write: delete the marker", "aws s3 rm \"s3://${P_BUCKET:?set P_BUCKET}/"
                            + MARKER + "\""));
            case EXTERNAL -> new Tech("the provider, as staging sees it",
                    null,
                    destructive("block calls to the provider from staging (an egress rule on its address)",
                            "${P_BLOCK_CMD:?set P_BLOCK_CMD}"),
                    null, null,
                    destructive("the provider's data is the provider's: use its sandbox's failure mode, if any",
                            "${P_SANDBOX_FAULT_CMD:?set P_SANDBOX_FAULT_CMD}"));
            case DATASTORE -> new Tech("the primary node",
                    null,
                    destructive("on its host: kill the process (your command)", "${P_KILL_CMD:?set P_KILL_CMD}"),
                    cmd("write a marker (your command)", "${P_MARKER_CMD:?set P_MARKER_CMD}"),
                    cmd("show the newest marker (your command)", "${P_NEWEST_CMD:?set P_NEWEST_CMD}"),
                    destructive("the bad write: delete the markers (your command)",
                            "${P_CORRUPT_CMD:?set P_CORRUPT_CMD}"));
        };
    }
}
