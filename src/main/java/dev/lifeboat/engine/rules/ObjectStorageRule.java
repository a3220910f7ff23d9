package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.ObjectStorage.CROSS_REGION_REPLICATION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.ObjectStorage.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.ObjectStorage.REPLICATION_TIME_CONTROL;
import static dev.lifeboat.model.Settings.RESTORE_RATE;
import static dev.lifeboat.model.ObjectStorage.VERSIONING;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.TimeBound;

/**
 * S3-like object storage: objects are stored redundantly across at least three zones of the region, so
 * only a region loss or a bad write loses data. Cross-region replication (with Replication Time Control:
 * 99.99 % within 15 minutes) covers the region. Versioning undoes overwrites and simple deletions, but not
 * the worst of logical corruption: deleting object versions, a lifecycle rule that expires them, or deleting
 * the bucket. Replication copies none of those to the replica bucket, which then holds the only copy.
 */
final class ObjectStorageRule implements Rule {

    // ---------------------------------------------------------------- documentation

    static final Reference S3_DURABILITY = new Reference("Amazon S3: Data protection (durability across zones)",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/DataDurability.html");
    static final Reference S3_VERSIONING = new Reference("Amazon S3: Retaining multiple versions of objects",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html");
    static final Reference S3_REPLICATION = new Reference("Amazon S3: Replicating objects",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html");
    static final Reference S3_RTC = new Reference("Amazon S3: Replication Time Control (S3 RTC)",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html");

    static final Reference S3_NOT_REPLICATED = new Reference(
            "Amazon S3: What is replicated (deletions of object versions and lifecycle actions are not)",
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-what-is-isnot-replicated.html");

    /** S3 RTC: 99.99 % of objects replicated within 15 minutes, by SLA. */
    private static final TimeBound RTC_WINDOW = TimeBound.ofMinutes(15);

    @Override
    public ComponentKind kind() {
        return ComponentKind.OBJECT_STORAGE;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        return switch (scenario) {
            case PROCESS_CRASH, NODE_LOSS -> redundant(v, "server");
            case ZONE_LOSS -> redundant(v, "zone");
            case REGION_LOSS -> regionLoss(c, v);
            case LOGICAL_CORRUPTION -> corruption(c, v);
        };
    }

    private static ComponentAssessment redundant(Verdict v, String what) {
        return v.say("RPO 0, RTO 0: objects are stored redundantly across at least three availability zones of "
                        + "the region, so losing a ").say(what)
                .say(" loses nothing and needs nothing from us (not so for one-zone storage classes).")
                .cite(S3_DURABILITY).done();
    }

    private static ComponentAssessment regionLoss(Component c, Verdict v) {
        if (!c.get(CROSS_REGION_REPLICATION)) {
            return v.unbounded().say("the bucket is replicated to no other region (cross_region_replication off), "
                    + "and all its zones are in the lost region.").cite(S3_REPLICATION).done();
        }
        replicaRpo(c, v);
        return v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER)
                .say("point clients at the replica bucket (").assumed(FAILOVER_TIME).say(": no document states it).")
                .cite(S3_REPLICATION).done();
    }

    /** What the replica bucket may lack: the RTC window, or the assumed lag without RTC. */
    private static void replicaRpo(Component c, Verdict v) {
        if (c.get(REPLICATION_TIME_CONTROL)) {
            v.rpo(RTC_WINDOW).say("S3 Replication Time Control replicates 99.99% of objects within 15 minutes, by "
                    + "SLA (replication_time_control). ").cite(S3_RTC);
        } else {
            long lag = c.get(REPLICATION_LAG);
            v.rpo(TimeBound.ofSeconds(lag)).say("cross-region replication is asynchronous and without Replication "
                    + "Time Control has no stated bound; up to ").dur(lag).say(" (").assumed(REPLICATION_LAG)
                    .say("). ");
        }
    }

    /**
     * The worst case of logical corruption: object versions deleted, expired by a lifecycle rule, or the bucket
     * deleted. Versioning alone does not survive that; a replica bucket in another region does, since those
     * deletions are not replicated.
     */
    private static ComponentAssessment corruption(Component c, Verdict v) {
        if (!c.get(VERSIONING)) {
            return v.unbounded().say("without versioning an overwrite or deletion destroys the only copy, and "
                    + "replication (which needs versioning) cannot exist either (versioning off).")
                    .cite(S3_VERSIONING).done();
        }
        double size = c.get(DATA_SIZE_GB);
        double rate = c.get(RESTORE_RATE);
        if (!c.get(CROSS_REGION_REPLICATION)) {
            return v.unbounded().say("versioning keeps the previous version of an overwritten or deleted object, "
                    + "but not when the object versions themselves are deleted, a lifecycle rule expires them or "
                    + "the bucket is deleted, and no replica bucket keeps a copy (cross_region_replication off). "
                    + "A bad overwrite alone would be rolled back: ").num(size).say(" GB at ").num(rate)
                    .say(" GB/h.").cite(S3_VERSIONING).cite(S3_NOT_REPLICATED).done();
        }
        replicaRpo(c, v);
        return v.say("deleting object versions, a lifecycle expiration or deleting the bucket is not replicated, "
                        + "so the replica bucket keeps what it had received. ")
                .rto(TimeBound.ofSecondsCeil(size / rate * 3600.0)).action(RecoveryAction.RESTORE)
                .say("copy ").num(size).say(" GB back from the replica bucket at ").num(rate)
                .say(" GB/h (").assumed(RESTORE_RATE).say("). A bad overwrite alone is rolled back to the previous version, "
                        + "kept for ").dur(c.get(BACKUP_RETENTION)).say(" (backup_retention).")
                .cite(S3_VERSIONING).cite(S3_NOT_REPLICATED).done();
    }
}
