package dev.lifeboat.model;

/**
 * The sections of a service in the service-config format that name a technology by its {@code type}. A
 * technology's home says in which sections it may appear, so that the importer knows no technology by name.
 */
public enum ConfigSection {
    DATABASE("database"),
    MESSAGE_QUEUE("message_queue"),
    CACHE("cache");

    private final String key;

    ConfigSection(String key) {
        this.key = key;
    }

    /** The key of the section in a service, e.g. {@code database}. */
    public String key() {
        return key;
    }
}
