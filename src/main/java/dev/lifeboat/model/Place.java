package dev.lifeboat.model;

import java.util.Objects;

/**
 * A region, or an availability zone (optionally inside a region), that components are placed in.
 * Zone and region loss take out every component placed only there.
 */
public final class Place {

    private final String id;
    private final PlaceKind kind;
    private String name;
    private Place region;
    private Bounds bounds;

    Place(String id, PlaceKind kind, String name, Place region, Bounds bounds) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.region = region;
        this.bounds = bounds;
    }

    public String id() {
        return id;
    }

    public PlaceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** For a zone, the region it belongs to (may be null); for a region, null. */
    public Place region() {
        return region;
    }

    /** Where the container is drawn on the canvas. */
    public Bounds bounds() {
        return bounds;
    }

    void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    void setBounds(Bounds bounds) {
        this.bounds = Objects.requireNonNull(bounds);
    }

    void setRegion(Place region) {
        this.region = region;
    }

    @Override
    public String toString() {
        return kind.id() + " " + name;
    }
}
