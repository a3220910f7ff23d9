package dev.lifeboat.model;

/** The inspector sections settings are grouped in. */
public enum SettingGroup {
    GENERAL("General"),
    PLACEMENT("Placement"),
    BACKUP("Backup"),
    REPLICATION("Replication"),
    DURABILITY("Durability"),
    RECOVERY("Recovery");

    private final String label;

    SettingGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
