package dev.lifeboat.io.export.playbook;

import static dev.lifeboat.io.export.playbook.Procedure.cmd;
import static dev.lifeboat.io.export.playbook.Procedure.destructive;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.model.ComponentKind;
import java.util.List;

/**
 * The recovery procedures of each technology, by the action the engine says recovery needs: the one home
 * of the playbooks' technology knowledge. Each command follows the technology's own tools and docs:
 * PostgreSQL {@code pg_ctl promote} and {@code pg_isready}, pgBackRest {@code restore --type=time}; MySQL
 * {@code STOP REPLICA} / {@code RESET REPLICA ALL}; Redis {@code redis-check-aof} and Sentinel's
 * {@code SENTINEL get-master-addr-by-name}; Kafka {@code kafka-topics.sh --under-replicated-partitions};
 * MongoDB {@code rs.status()} and {@code mongorestore}; etcd {@code etcdutl snapshot restore} and
 * {@code etcdctl endpoint health}. {@code $P} is replaced by the component's variable prefix.
 */
public final class Procedures {

    private Procedures() {
    }

    /** What a person does to bring a component of this kind back when recovery needs this action. */
    public static Procedure of(ComponentKind kind, RecoveryAction action) {
        return switch (kind) {
            case SERVICE -> service(action);
            case POSTGRESQL -> postgresql(action);
            case MYSQL -> mysql(action);
            case REDIS -> redis(action);
            case KAFKA -> kafka(action);
            case MONGODB -> mongodb(action);
            case OBJECT_STORAGE -> objectStorage(action);
            case EXTERNAL -> external();
            case DATASTORE -> generic(action);
            case RAFT_STORE -> raft(action);
        };
    }

    private static Procedure service(RecoveryAction action) {
        Procedure.Command health = cmd("wait for the health check", "curl -fsS --retry 30 --retry-delay 5 "
                + "--retry-all-errors \"${P_HEALTH_URL:?set P_HEALTH_URL}\"");
        return switch (action) {
            case REDEPLOY -> new Procedure(List.of(
                    cmd("redeploy on healthy hosts (your deploy command)", "${P_DEPLOY_CMD:?set P_DEPLOY_CMD}")),
                    health);
            case FAILOVER -> new Procedure(List.of(
                    cmd("check that the load balancer routes to the remaining instances",
                            "curl -fsS \"${P_HEALTH_URL:?set P_HEALTH_URL}\"")), health);
            default -> new Procedure(List.of(
                    cmd("restart the service (your restart command)", "${P_RESTART_CMD:?set P_RESTART_CMD}")),
                    health);
        };
    }

    private static Procedure postgresql(RecoveryAction action) {
        Procedure.Command ready = cmd("check that it accepts connections",
                "pg_isready -h \"${P_HOST:?set P_HOST}\" -t 60");
        return switch (action) {
            case PROMOTE -> new Procedure(List.of(
                    cmd("check the standby is still in recovery", "psql -h \"${P_STANDBY_HOST:?set P_STANDBY_HOST}\""
                            + " -Atc 'SELECT pg_is_in_recovery()' | grep -qx t"),
                    destructive("promote the standby to primary (pg_ctl promote)",
                            "pg_ctl promote -D \"${P_PGDATA:?set P_PGDATA}\" -w")),
                    cmd("check it is primary now", "psql -h \"${P_STANDBY_HOST:?set P_STANDBY_HOST}\" -Atc "
                            + "'SELECT pg_is_in_recovery()' | grep -qx f"));
            case RESTORE -> new Procedure(List.of(
                    destructive("restore the last base backup and replay WAL to the target time "
                            + "(pgBackRest; recovery_target_time)", "pgbackrest --stanza=\"${P_STANZA:?set P_STANZA}\""
                            + " --delta --type=time --target=\"${P_TARGET_TIME:?set P_TARGET_TIME}\" restore"),
                    cmd("start PostgreSQL", "pg_ctl start -D \"${P_PGDATA:?set P_PGDATA}\" -w")), ready);
            default -> new Procedure(List.of(
                    cmd("wait for the automatic restart or failover", "sleep 5")), ready);
        };
    }

    private static Procedure mysql(RecoveryAction action) {
        Procedure.Command ready = cmd("check that it answers", "mysqladmin -h \"${P_HOST:?set P_HOST}\" ping");
        return switch (action) {
            case PROMOTE -> new Procedure(List.of(
                    destructive("stop replication on the replica and make it the source",
                            "mysql -h \"${P_REPLICA_HOST:?set P_REPLICA_HOST}\" -e 'STOP REPLICA; RESET REPLICA ALL; "
                                    + "SET GLOBAL super_read_only = OFF; SET GLOBAL read_only = OFF;'")), ready);
            case RESTORE -> new Procedure(List.of(
                    destructive("restore the last backup (your backup tool), then apply binary logs",
                            "${P_RESTORE_CMD:?set P_RESTORE_CMD}")), ready);
            default -> new Procedure(List.of(cmd("wait for the automatic restart or failover", "sleep 5")), ready);
        };
    }

    private static Procedure redis(RecoveryAction action) {
        Procedure.Command ping = cmd("check that it answers", "redis-cli -h \"${P_HOST:?set P_HOST}\" ping | grep -qx PONG");
        return switch (action) {
            case FAILOVER -> new Procedure(List.of(
                    cmd("ask Sentinel which node is the master now", "redis-cli -p 26379 -h "
                            + "\"${P_SENTINEL_HOST:?set P_SENTINEL_HOST}\" SENTINEL get-master-addr-by-name "
                            + "\"${P_MASTER_NAME:?set P_MASTER_NAME}\"")), ping);
            case RESTART, RESTORE -> new Procedure(List.of(
                    cmd("check the AOF file", "redis-check-aof \"${P_AOF:?set P_AOF}\""),
                    destructive("truncate a damaged AOF tail (redis-check-aof --fix)",
                            "redis-check-aof --fix \"${P_AOF:?set P_AOF}\""),
                    cmd("start Redis (your restart command)", "${P_RESTART_CMD:?set P_RESTART_CMD}")), ping);
            default -> new Procedure(List.of(
                    cmd("start a new instance (your deploy command)", "${P_DEPLOY_CMD:?set P_DEPLOY_CMD}")), ping);
        };
    }

    private static Procedure kafka(RecoveryAction action) {
        Procedure.Command isr = cmd("check that no partition is under-replicated",
                "test -z \"$(kafka-topics.sh --bootstrap-server \"${P_BOOTSTRAP:?set P_BOOTSTRAP}\" --describe "
                        + "--under-replicated-partitions)\"");
        return switch (action) {
            case REPLAY, RESTORE -> new Procedure(List.of(
                    destructive("reset the consumers' offsets to replay from the source",
                            "kafka-consumer-groups.sh --bootstrap-server \"${P_BOOTSTRAP:?set P_BOOTSTRAP}\" --group "
                                    + "\"${P_GROUP:?set P_GROUP}\" --reset-offsets --to-earliest --all-topics --execute")),
                    isr);
            default -> new Procedure(List.of(cmd("list the partitions without a leader",
                    "kafka-topics.sh --bootstrap-server \"${P_BOOTSTRAP:?set P_BOOTSTRAP}\" --describe "
                            + "--unavailable-partitions")), isr);
        };
    }

    private static Procedure mongodb(RecoveryAction action) {
        Procedure.Command primary = cmd("check that a primary is elected",
                "mongosh \"${P_URI:?set P_URI}\" --quiet --eval 'db.hello().isWritablePrimary' | grep -qx true");
        return switch (action) {
            case RESTORE -> new Procedure(List.of(destructive("restore the last dump (mongorestore --drop)",
                    "mongorestore --uri=\"${P_URI:?set P_URI}\" --drop \"${P_DUMP_DIR:?set P_DUMP_DIR}\"")), primary);
            default -> new Procedure(List.of(cmd("show the replica set's state",
                    "mongosh \"${P_URI:?set P_URI}\" --quiet --eval 'rs.status().members.map(m => m.stateStr)'")),
                    primary);
        };
    }

    private static Procedure objectStorage(RecoveryAction action) {
        return new Procedure(List.of(action == RecoveryAction.RESTORE
                ? destructive("restore the objects from the replica bucket or earlier versions (your tool)",
                        "${P_RESTORE_CMD:?set P_RESTORE_CMD}")
                : cmd("point the applications at the replica bucket (your configuration)",
                        "${P_SWITCH_CMD:?set P_SWITCH_CMD}")),
                cmd("check that the bucket answers", "aws s3api head-bucket --bucket \"${P_BUCKET:?set P_BUCKET}\""));
    }

    private static Procedure external() {
        return new Procedure(List.of(cmd("wait for the provider (its status page)", "true")),
                cmd("check the provider answers", "curl -fsS \"${P_HEALTH_URL:?set P_HEALTH_URL}\""));
    }

    private static Procedure generic(RecoveryAction action) {
        return new Procedure(List.of(action == RecoveryAction.RESTORE
                ? destructive("restore from the last backup (your tool)", "${P_RESTORE_CMD:?set P_RESTORE_CMD}")
                : cmd("bring it back (your command)", "${P_RECOVER_CMD:?set P_RECOVER_CMD}")),
                cmd("check it serves (your check)", "${P_CHECK_CMD:?set P_CHECK_CMD}"));
    }

    private static Procedure raft(RecoveryAction action) {
        Procedure.Command health = cmd("check the cluster is healthy",
                "etcdctl --endpoints=\"${P_ENDPOINTS:?set P_ENDPOINTS}\" endpoint health");
        return switch (action) {
            case RESTORE -> new Procedure(List.of(
                    destructive("restore every member from the last snapshot (etcdutl snapshot restore)",
                            "etcdutl snapshot restore \"${P_SNAPSHOT:?set P_SNAPSHOT}\" --data-dir "
                                    + "\"${P_DATA_DIR:?set P_DATA_DIR}\""),
                    cmd("start the members (your start command)", "${P_START_CMD:?set P_START_CMD}")), health);
            default -> new Procedure(List.of(cmd("wait for the election", "sleep 2")), health);
        };
    }
}
