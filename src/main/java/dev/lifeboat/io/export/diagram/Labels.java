package dev.lifeboat.io.export.diagram;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import java.util.List;

/** The lines a component's node says in the graph formats (DOT, Mermaid): name, kind, the scenario's numbers. */
final class Labels {

    private Labels() {
    }

    /** Its name (printable, cut at 80 characters), kind, and "RPO 5m · RTO ~1h" under the scenario. */
    static List<String> of(Component c, Analysis analysis, Scenario scenario) {
        ComponentAssessment a = analysis.assessment(c, scenario);
        return List.of(Printable.echo(c.name()), c.kind().label(), "RPO " + (a.rpoAssumed() ? "~" : "") + a.rpo()
                + " \u00B7 RTO " + (a.rtoAssumed() ? "~" : "") + a.rto());
    }
}
