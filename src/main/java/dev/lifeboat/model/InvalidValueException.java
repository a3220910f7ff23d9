package dev.lifeboat.model;

/** A value a setting refuses; the message is written for the person who typed it. */
public class InvalidValueException extends IllegalArgumentException {

    private final String key;

    public InvalidValueException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The key of the setting (or model field) that refused the value. */
    public String key() {
        return key;
    }
}
