package dev.lifeboat.engine.rules;

import dev.lifeboat.engine.Reference;

/** The official documentation the rules rest on, in one place. */
final class References {

    private References() {
    }

    // ---------------------------------------------------------------- PostgreSQL

    static final Reference PG_ASYNC_COMMIT = new Reference("PostgreSQL: Asynchronous Commit",
            "https://www.postgresql.org/docs/current/wal-async-commit.html");
    static final Reference PG_WAL_SETTINGS = new Reference(
            "PostgreSQL: Write Ahead Log settings (fsync, synchronous_commit, archive_timeout)",
            "https://www.postgresql.org/docs/current/runtime-config-wal.html");
    static final Reference PG_SYNC_REPLICATION = new Reference("PostgreSQL: Synchronous Replication",
            "https://www.postgresql.org/docs/current/warm-standby.html#SYNCHRONOUS-REPLICATION");
    static final Reference PG_STREAMING_REPLICATION = new Reference("PostgreSQL: Streaming Replication",
            "https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION");
    static final Reference PG_FAILOVER = new Reference("PostgreSQL: Failover",
            "https://www.postgresql.org/docs/current/warm-standby-failover.html");
    static final Reference PG_PITR = new Reference("PostgreSQL: Continuous Archiving and Point-in-Time Recovery",
            "https://www.postgresql.org/docs/current/continuous-archiving.html");

    // ---------------------------------------------------------------- MySQL

    static final Reference MYSQL_FLUSH_LOG = new Reference("MySQL: innodb_flush_log_at_trx_commit",
            "https://dev.mysql.com/doc/refman/8.0/en/innodb-parameters.html#sysvar_innodb_flush_log_at_trx_commit");
    static final Reference MYSQL_SYNC_BINLOG = new Reference("MySQL: sync_binlog",
            "https://dev.mysql.com/doc/refman/8.0/en/replication-options-binary-log.html#sysvar_sync_binlog");
    static final Reference MYSQL_REPLICATION = new Reference("MySQL: Replication (asynchronous by default)",
            "https://dev.mysql.com/doc/refman/8.0/en/replication.html");
    static final Reference MYSQL_SEMISYNC = new Reference("MySQL: Semisynchronous Replication",
            "https://dev.mysql.com/doc/refman/8.0/en/replication-semisync.html");
    static final Reference MYSQL_GROUP_REPLICATION = new Reference("MySQL: Group Replication",
            "https://dev.mysql.com/doc/refman/8.0/en/group-replication.html");
    static final Reference MYSQL_PITR = new Reference("MySQL: Point-in-Time (Incremental) Recovery",
            "https://dev.mysql.com/doc/refman/8.0/en/point-in-time-recovery.html");

    // ---------------------------------------------------------------- MongoDB

    static final Reference MONGO_WRITE_CONCERN = new Reference("MongoDB: Write Concern",
            "https://www.mongodb.com/docs/manual/reference/write-concern/");
    static final Reference MONGO_JOURNALING = new Reference("MongoDB: Journaling",
            "https://www.mongodb.com/docs/manual/core/journaling/");
    static final Reference MONGO_ELECTIONS = new Reference("MongoDB: Replica Set Elections",
            "https://www.mongodb.com/docs/manual/core/replica-set-elections/");
    static final Reference MONGO_ROLLBACKS = new Reference("MongoDB: Rollbacks During Replica Set Failover",
            "https://www.mongodb.com/docs/manual/core/replica-set-rollbacks/");
    static final Reference MONGO_BACKUP = new Reference("MongoDB: Backup Methods",
            "https://www.mongodb.com/docs/manual/core/backups/");

    // ---------------------------------------------------------------- Redis

    static final Reference REDIS_PERSISTENCE = new Reference("Redis persistence",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/");
    static final Reference REDIS_REPLICATION = new Reference("Redis replication",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/replication/");
    static final Reference REDIS_SENTINEL = new Reference("High availability with Redis Sentinel",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/");
    static final Reference REDIS_CLUSTER = new Reference("Redis cluster specification",
            "https://redis.io/docs/latest/operate/oss_and_stack/reference/cluster-spec/");

    // ---------------------------------------------------------------- Kafka

    static final Reference KAFKA_REPLICATION = new Reference("Kafka: Replication (ISR, committed messages)",
            "https://kafka.apache.org/documentation/#replication");
    static final Reference KAFKA_LOG = new Reference("Kafka: Log (append-only, retention)",
            "https://kafka.apache.org/documentation/#log");
    static final Reference KAFKA_OFFSETS = new Reference("Kafka: kafka-consumer-groups --reset-offsets",
            "https://kafka.apache.org/documentation/#basic_ops_consumer_group");
    static final Reference KAFKA_ACKS = new Reference("Kafka producer config: acks",
            "https://kafka.apache.org/documentation/#producerconfigs_acks");
    static final Reference KAFKA_MIN_ISR = new Reference("Kafka topic config: min.insync.replicas",
            "https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas");
    static final Reference KAFKA_UNCLEAN = new Reference("Kafka: Unclean leader election",
            "https://kafka.apache.org/documentation/#design_uncleanleader");
    static final Reference KAFKA_GEO = new Reference("Kafka: Geo-Replication (MirrorMaker 2)",
            "https://kafka.apache.org/documentation/#georeplication");

    // ---------------------------------------------------------------- object storage (S3)

    static final Reference S3_DURABILITY = new Reference("Amazon S3: Data protection (durability across zones)",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html");
    static final Reference S3_VERSIONING = new Reference("Amazon S3: Retaining multiple versions of objects",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html");
    static final Reference S3_REPLICATION = new Reference("Amazon S3: Replicating objects",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html");
    static final Reference S3_RTC = new Reference("Amazon S3: Replication Time Control (S3 RTC)",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html");

    // ---------------------------------------------------------------- general

    static final Reference AWS_DR = new Reference("AWS whitepaper: Disaster Recovery of Workloads on AWS",
            "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/"
                    + "disaster-recovery-workloads-on-aws.html");
}
