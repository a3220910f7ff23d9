package dev.lifeboat.ui.document;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.command.CommandManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One open topology: the model, its live analysis, its command history and the file it came from.
 *
 * <p>A document shows its baseline, or one of its {@link Variant}s ({@link #showing}): then {@link #topology()}
 * is the baseline with the variant applied, a copy with an analysis of its own, kept in step with the baseline
 * and the variant as commands change them; the baseline, the history and the file are shared with the
 * baseline's document, and it is the baseline that is saved.
 */
public final class Document {

    private final Topology baseline;
    private final Topology topology;
    private final String variant;
    private final IncrementalAnalysis analysis;
    private final CommandManager commands;
    private final ReadOnlyObjectWrapper<Path> file;
    /** For a variant's view: the settings to bring in step, by "component id \n key", and whether it went stale. */
    private final Map<String, String[]> pending = new LinkedHashMap<>();
    private boolean stale;
    private String renamedTo;
    private final TopologyListener follow;

    public Document(Topology topology, Path file) {
        this.baseline = Objects.requireNonNull(topology, "topology");
        this.topology = topology;
        this.variant = null;
        this.analysis = RuleBook.standard().analyse(topology);
        this.commands = new CommandManager(topology, analysis::update);
        this.file = new ReadOnlyObjectWrapper<>(this, "file", file);
        this.follow = null;
        analysis.update();
    }

    private Document(Document base, Variant v) {
        this.baseline = base.baseline;
        this.topology = v.apply(base.baseline);
        this.variant = v.name();
        this.analysis = RuleBook.standard().analyse(topology);
        this.commands = base.commands;
        this.file = base.file;
        this.follow = this::baselineChanged;
        baseline.addListener(follow);
        analysis.update();
    }

    /**
     * A document showing the variant of this name (ignoring ASCII case) of the same baseline, sharing its history
     * and file, or the baseline's own document with null.
     *
     * @throws IllegalArgumentException when there is no such variant
     */
    public Document showing(String variantName, Document baselineDocument) {
        if (variantName == null) {
            return baselineDocument;
        }
        Variant v = baseline.variant(variantName).orElseThrow(() -> new IllegalArgumentException(
                "no variant named " + variantName));
        return new Document(baselineDocument, v);
    }

    /** The topology shown: the baseline, or the baseline with the variant applied. */
    public Topology topology() {
        return topology;
    }

    /** The baseline: what is saved, what commands change. */
    public Topology baseline() {
        return baseline;
    }

    /** The name of the variant shown, or null for the baseline. */
    public String variant() {
        return variant;
    }

    /** The variant shown, as the baseline holds it now, or empty for the baseline (or a variant since removed). */
    public Optional<Variant> shownVariant() {
        return variant == null ? Optional.empty() : baseline.variant(variant);
    }

    public IncrementalAnalysis analysis() {
        return analysis;
    }

    public CommandManager commands() {
        return commands;
    }

    /** The file it is saved in, or null for a new document. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** Records that the document is now saved in {@code path}. */
    public void savedAs(Path path) {
        file.set(path);
        commands.markSaved();
    }

    /** The name shown in the title: the file name, or the topology's name when never saved. */
    public String displayName() {
        Path f = file.get();
        return f == null ? baseline.name() : f.getFileName().toString();
    }

    /** Stops following the topology. */
    public void close() {
        analysis.dispose();
        if (follow != null) {
            baseline.removeListener(follow);
        }
    }

    // ---------------------------------------------------------------- a variant's view

    private void baselineChanged(TopologyEvent e) {
        switch (e.type()) {
            case SETTING_CHANGED -> {
                Component c = (Component) e.subject();
                pending.put(c.id() + "\n" + e.key(), new String[] {c.id(), e.key()});
            }
            case VARIANT_CHANGED -> {
                TopologyEvent.VariantChange vc = (TopologyEvent.VariantChange) e.subject();
                boolean mine = vc.before() != null && vc.before().name().equals(variant);
                if (mine && (vc.after() == null || !vc.after().name().equals(variant))) {
                    stale = true;
                    renamedTo = vc.after() == null ? null : vc.after().name();
                } else if (mine && vc.componentId() != null) {
                    pending.put(vc.componentId() + "\n" + e.key(), new String[] {vc.componentId(), e.key()});
                }
            }
            // structure, names, positions, journeys, assumptions: a new view is simpler than following
            default -> stale = true;
        }
    }

    /**
     * The name of the variant a new view should show once this one cannot follow: its own, its new name when it
     * was renamed, or null when it is gone (show the baseline).
     */
    public String successor() {
        if (renamedTo != null && baseline.variant(renamedTo).isPresent()) {
            return renamedTo;
        }
        return variant != null && baseline.variant(variant).isPresent() ? variant : null;
    }

    /**
     * Brings a variant's view in step with the baseline and the variant after a command. Returns false when it
     * cannot (the structure changed, the variant was renamed or removed): the caller shows a new view instead.
     */
    public boolean sync() {
        if (variant == null) {
            return true;
        }
        if (stale) {
            return false;
        }
        Variant v = baseline.variant(variant).orElse(null);
        if (v == null) {
            return false;
        }
        for (String[] p : pending.values()) {
            if (!v.refresh(baseline, topology, p[0], p[1])) {
                return false;
            }
        }
        pending.clear();
        analysis.update();
        return true;
    }
}
