package dev.lifeboat.ui.document;

import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.command.CommandManager;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One open topology: the model, its live analysis, its command history and the file it came from. */
public final class Document {

    private final Topology topology;
    private final IncrementalAnalysis analysis;
    private final CommandManager commands;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");

    public Document(Topology topology, Path file) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.analysis = RuleBook.standard().analyse(topology);
        this.commands = new CommandManager(topology, analysis::update);
        this.file.set(file);
        analysis.update();
    }

    public Topology topology() {
        return topology;
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
        return f == null ? topology.name() : f.getFileName().toString();
    }

    /** Stops following the topology. */
    public void close() {
        analysis.dispose();
    }
}
