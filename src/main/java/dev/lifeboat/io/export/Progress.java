package dev.lifeboat.io.export;

/** Told how far a long export has come, so that the designer can show it. */
@FunctionalInterface
public interface Progress {

    /** Progress that nobody watches. */
    Progress NONE = (done, what) -> { };

    /**
     * @param done how much is done, from 0 to 1
     * @param what what is being done now, for a person
     */
    void update(double done, String what);
}
