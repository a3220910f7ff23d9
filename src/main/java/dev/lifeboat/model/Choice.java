package dev.lifeboat.model;

/** An enumerated setting value with a stable file id and a label for people. */
public interface Choice {

    /** The id written in files and on the command line, e.g. {@code semi_sync} or {@code all}. */
    String id();

    /** The label shown in the inspector. */
    String label();
}
