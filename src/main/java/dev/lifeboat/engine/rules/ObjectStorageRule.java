package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.CROSS_REGION_REPLICATION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_TIME_CONTROL;
import static dev.lifeboat.model.Settings.RESTORE_RATE;
import static dev.lifeboat.model.Settings.VERSIONING;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.TimeBound;

/**
 * S3-like object storage: objects are stored redundantly across at least three zones of the region, so
 * only a region loss or a bad write loses data. Cross-region replication (with Replication Time Control:
 * 99.99 % within 15 minutes) covers the region; versioning covers overwrites and deletions.
 */
final class ObjectStorageRule implements Rule {

    /** S3 RTC: 99.99 % of objects replicated within 15 minutes, by SLA. */
    private static final TimeBound RTC_WINDOW = TimeBound.ofMinutes(15);

    @Override
    public ComponentKind kind() {
        return ComponentKind.OBJECT_STORAGE;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(scenario);
        switch (scenario) {
            case PROCESS_CRASH:
            case NODE_LOSS:
            case ZONE_LOSS:
                v.say("RPO 0, RTO 0: objects are stored redundantly across at least three availability zones of "
                        + "the region, so losing a ").say(scenario == Scenario.ZONE_LOSS ? "zone" : "server")
                        .say(" loses nothing and needs nothing from us (not so for one-zone storage classes).")
                        .cite(References.S3_DURABILITY);
                break;
            case REGION_LOSS:
                regionLoss(c, v);
                break;
            case LOGICAL_CORRUPTION:
                corruption(c, v);
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        return v.done();
    }

    private static void regionLoss(Component c, Verdict v) {
        if (!c.get(CROSS_REGION_REPLICATION)) {
            v.unbounded().say("the bucket is replicated to no other region (cross_region_replication off), and all "
                    + "its zones are in the lost region.").cite(References.S3_REPLICATION);
            return;
        }
        if (c.get(REPLICATION_TIME_CONTROL)) {
            v.rpo(RTC_WINDOW).say("S3 Replication Time Control replicates 99.99% of objects within 15 minutes, by "
                    + "SLA (replication_time_control). ").cite(References.S3_RTC);
        } else {
            long lag = c.get(REPLICATION_LAG);
            v.rpo(TimeBound.ofSeconds(lag)).say("cross-region replication is asynchronous and without Replication "
                    + "Time Control has no stated bound; up to ").dur(lag).say(" is assumed (replication_lag). ")
                    .assume(REPLICATION_LAG);
        }
        v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER)
                .say("point clients at the replica bucket (failover_time).").cite(References.S3_REPLICATION);
    }

    private static void corruption(Component c, Verdict v) {
        if (!c.get(VERSIONING)) {
            v.unbounded().say("without versioning an overwrite or deletion destroys the only copy, and replication "
                    + "copies it too (versioning off).").cite(References.S3_VERSIONING);
            return;
        }
        double size = c.get(DATA_SIZE_GB);
        double rate = c.get(RESTORE_RATE);
        v.rpo(TimeBound.ZERO).say("versioning keeps every overwritten or deleted object's previous version, for ")
                .dur(c.get(BACKUP_RETENTION)).say(" (backup_retention). ")
                .rto(TimeBound.ofSecondsCeil(size / rate * 3600.0)).action(RecoveryAction.RESTORE)
                .say("roll ").num(size).say(" GB of objects back to earlier versions at ").num(rate)
                .say(" GB/h (restore_rate_gb_per_hour).").cite(References.S3_VERSIONING);
    }
}
