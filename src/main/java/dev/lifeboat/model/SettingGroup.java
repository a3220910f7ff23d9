package dev.lifeboat.model;

/** The inspector sections settings are grouped in. */
public enum SettingGroup {
    GENERAL("General"),
    PLACEMENT("Placement"),
    BACKUP("Backup"),
    REPLICATION("Replication"),
    DURABILITY("Durability"),
    RECOVERY("Recovery"),
    /** What the component costs a month, and the numbers its cost rests on. */
    COST("Cost");

    private final String label;

    SettingGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
