package dev.lifeboat.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a technology's home (for example {@link Redis}) tells the rest of Lifeboat about it: its file id and
 * label, whether it keeps data, its settings with their defaults in inspector order, and the {@code type}
 * words the service-config importer accepts for it in each section. {@link ComponentKind} lists one
 * definition per kind; nothing else names a technology.
 *
 * @param id        the kind's id in files, e.g. {@code redis}
 * @param label     the kind's name for people, e.g. {@code Redis}
 * @param stateful  whether the component keeps data (and so can lose some)
 * @param settings  the settings of the kind, in inspector order
 * @param typeNames per service-config section, the {@code type} words (lower case, without spaces, dashes or
 *                  underscores) that mean this kind; empty when the importer never creates it from a type
 */
public record KindDefinition(String id, String label, boolean stateful, List<Setting<?>> settings,
                             Map<ConfigSection, List<String>> typeNames) {

    public KindDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        settings = List.copyOf(settings);
        typeNames = Map.copyOf(typeNames);
    }
}
