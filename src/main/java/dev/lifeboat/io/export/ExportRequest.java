package dev.lifeboat.io.export;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.util.List;
import java.util.Objects;

/**
 * What an export is made from.
 *
 * @param topology  the design
 * @param analysis  its analysis, up to date
 * @param scenarios the scenarios asked for (all of them unless one was chosen)
 * @param journey   the journey asked for, or null for all
 * @param source    where the design came from, as a person reads it (a file name), for headers
 */
public record ExportRequest(Topology topology, Analysis analysis, List<Scenario> scenarios, Journey journey,
                            String source) {

    public ExportRequest {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(analysis, "analysis");
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one scenario");
        }
        source = source == null ? topology.name() : source;
    }
}
