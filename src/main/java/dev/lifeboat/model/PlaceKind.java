package dev.lifeboat.model;

/** Whether a place is a region or an availability zone inside one. */
public enum PlaceKind implements Choice {
    REGION("region", "Region"),
    ZONE("zone", "Zone");

    private final String id;
    private final String label;

    PlaceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
