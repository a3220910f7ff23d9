package dev.lifeboat.cli;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading the command line's inputs, with errors turned into messages for the person at the terminal. */
final class Inputs {

    private Inputs() {
    }

    /**
     * A problem with the input, reported on stderr with exit code 2. Its message may echo what the person
     * typed or what a file holds, so it is kept printable: one line, nothing a terminal would act on.
     */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(Printable.of(message));
        }
    }

    static Topology load(Path file) throws BadInput {
        try {
            return TopologyFiles.load(file);
        } catch (LoadException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /**
     * The design to analyse: the baseline without a name, else the named variant applied to it (its name told
     * in the design's name). The name is matched ignoring the case of ASCII letters.
     */
    static Topology design(Topology baseline, String variant) throws BadInput {
        if (variant == null) {
            return baseline;
        }
        Topology t = variant(baseline, variant).apply(baseline);
        t.setName(baseline.name() + " (variant " + variant(baseline, variant).name() + ")");
        return t;
    }

    /** The variant of this name, or a one-line error listing the variants there are. */
    static Variant variant(Topology baseline, String name) throws BadInput {
        return baseline.variant(name).orElseThrow(() -> new BadInput("unknown variant '" + Printable.echo(name)
                + "'; " + (baseline.variants().isEmpty() ? "the design has no variants"
                : "its variants are " + baseline.variants().stream().map(v -> "'" + Printable.echo(v.name()) + "'")
                .collect(Collectors.joining(", ")))));
    }

    /** The journey named (by id or name, exactly first, then ASCII letters in any case), or null for none. */
    static Journey journey(Topology topology, String name, Path file) throws BadInput {
        if (name == null) {
            return null;
        }
        String wanted = name.trim();
        for (Journey j : topology.journeys()) {
            if (j.id().equals(wanted) || j.name().equals(wanted)) {
                return j;
            }
        }
        for (Journey j : topology.journeys()) {
            if (InputText.equalsIgnoreCase(j.name(), wanted) || InputText.equalsIgnoreCase(j.id(), wanted)) {
                return j;
            }
        }
        throw new BadInput(file + ": no journey named '" + Printable.echo(name) + "'; the journeys are "
                + Printable.echo(topology.journeys().stream().map(Journey::name).collect(Collectors.joining(", ")),
                200));
    }

    /** The scenarios to report: the one named, or all. */
    static List<Scenario> scenarios(String id) throws BadInput {
        if (id == null) {
            return List.of(Scenario.values());
        }
        return List.of(Scenario.byId(id).orElseThrow(() -> new BadInput("unknown scenario '" + Printable.echo(id)
                + "'; expected one of " + Arrays.stream(Scenario.values()).map(Scenario::id)
                .collect(Collectors.joining(", ")))));
    }
}
