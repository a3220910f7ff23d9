package dev.lifeboat.engine.rules;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@link Rule} per {@link ComponentKind}: the recovery behaviour of each technology, read from its
 * official documentation. Immutable and safe to share between threads.
 */
public final class RuleBook {

    private static final RuleBook STANDARD = new RuleBook(List.of(new ServiceRule(), new PostgresqlRule(),
            new MysqlRule(), new RedisRule(), new KafkaRule(), new MongodbRule(), new ObjectStorageRule(),
            new ExternalRule(), new DatastoreRule(), new RaftStoreRule()));

    private final Rule[] byKind = new Rule[ComponentKind.values().length];

    private RuleBook(List<Rule> rules) {
        Map<ComponentKind, Rule> map = new EnumMap<>(ComponentKind.class);
        for (Rule r : rules) {
            if (map.put(r.kind(), r) != null) {
                throw new IllegalArgumentException("two rules for " + r.kind());
            }
        }
        for (ComponentKind k : ComponentKind.values()) {
            Rule r = map.get(k);
            if (r == null) {
                throw new IllegalArgumentException("no rule for " + k);
            }
            byKind[k.ordinal()] = r;
        }
    }

    /** The rules Lifeboat ships, one per kind. */
    public static RuleBook standard() {
        return STANDARD;
    }

    /** An analysis of the topology with these rules, following its changes. */
    public IncrementalAnalysis analyse(Topology topology) {
        return new IncrementalAnalysis(topology, this::assessLazily);
    }

    /** The rule for a kind; never null. */
    public Rule ruleFor(ComponentKind kind) {
        return byKind[Objects.requireNonNull(kind, "kind").ordinal()];
    }

    /** The component's RPO and RTO when the scenario hits it, by the rule of its kind. */
    public ComponentAssessment assess(Component component, Scenario scenario) {
        Objects.requireNonNull(component, "component");
        return byKind[component.kind().ordinal()].assess(component, scenario);
    }

    /**
     * Assesses a component for its numbers, and writes the explanation only when someone reads it. The
     * engine uses this: it assesses every component under every scenario, people read a few explanations.
     */
    public ComponentAssessment assessLazily(Component component, Scenario scenario) {
        Rule rule = byKind[component.kind().ordinal()];
        ComponentAssessment numbers = Verdict.quietly(() -> rule.assess(component, scenario));
        return numbers.lazy(() -> rule.assess(component, scenario).explanation());
    }
}
