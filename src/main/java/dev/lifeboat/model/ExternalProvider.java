package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.RECOVERY;

import dev.lifeboat.model.Setting.DurationSetting;
import java.util.List;
import java.util.Map;

/** The home of an external provider (a payment gateway): what its provider states, nothing we restore. */
public final class ExternalProvider {

    private ExternalProvider() {
    }

    public static final DurationSetting STATED_RPO = Setting.duration("stated_rpo", "Provider's stated RPO",
            RECOVERY, "The recovery point the provider commits to.", 0L, "unbounded");
    public static final DurationSetting STATED_RTO = Setting.duration("stated_rto", "Provider's stated RTO",
            RECOVERY, "The recovery time the provider commits to.", 3600L, "unbounded");

    /** The kind's definition: its settings and defaults. */
    public static final KindDefinition DEFINITION = new KindDefinition("external", "External provider", false,
            List.of(STATED_RPO, STATED_RTO, Settings.MONTHLY_COST), Map.of());
}
