package dev.lifeboat.model;

import java.util.Optional;

/** An enumerated setting value with a stable file id and a label for people. */
public interface Choice {

    /** The id written in files and on the command line, e.g. {@code semi_sync} or {@code all}. */
    String id();

    /** The label shown in the inspector. */
    String label();

    /**
     * The constant whose id, label or Java name is the text, ignoring surrounding spaces and the case of ASCII
     * letters only (see {@link InputText}), or empty. The one way input is matched against a set of choices.
     */
    static <E extends Enum<E> & Choice> Optional<E> find(E[] values, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (E e : values) {
            if (InputText.equalsIgnoreCase(t, e.id()) || InputText.equalsIgnoreCase(t, e.label())
                    || InputText.equalsIgnoreCase(t, e.name())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
