package dev.lifeboat.io.export.config;

import java.util.Objects;

/**
 * One generated configuration file.
 *
 * @param name the file's name in the export folder, {@code <component-id>[.<role>].<technology file name>}
 * @param text its whole text, lines ending with {@code \n}
 */
public record ConfigFile(String name, String text) {

    public ConfigFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
