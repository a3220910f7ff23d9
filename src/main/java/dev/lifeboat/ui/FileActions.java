package dev.lifeboat.ui;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.document.DrillResultsViewModel;
import dev.lifeboat.ui.document.ExportViewModel;
import dev.lifeboat.ui.document.RecentFiles;
import dev.lifeboat.ui.state.DesignerModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File menu actions with their dialogs: New, Open, Save, Save As, recent files, the unsaved-changes
 * question, and restoring an autosave. Errors are shown with their reason; the open document is left
 * untouched when a file cannot be opened or saved.
 */
public final class FileActions {

    /** The overwrite question and the error message these actions show; tests answer them without a window. */
    interface Dialogs {

        /** Asks whether to overwrite a file; true for yes. */
        boolean confirmOverwrite(String header, String question);

        /** Shows why something failed. */
        void error(String header, String reason);
    }

    private final DesignerModel model;
    private final DocumentService service;
    private final RecentFiles recent;
    private final Window owner;
    private final Dialogs dialogs;
    private Consumer<Path> afterRecentChange = p -> { };

    public FileActions(DesignerModel model, DocumentService service, RecentFiles recent, Window owner) {
        this(model, service, recent, owner, null);
    }

    FileActions(DesignerModel model, DocumentService service, RecentFiles recent, Window owner, Dialogs dialogs) {
        this.model = model;
        this.service = service;
        this.recent = recent;
        this.owner = owner;
        this.dialogs = dialogs != null ? dialogs : new AlertDialogs(owner);
    }

    /** Told when the recent-files list changed (to rebuild the menu). */
    public void onRecentChange(Consumer<Path> listener) {
        afterRecentChange = listener;
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            model.open(service.create());
            service.discardRecovery();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open topology");
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            openPath(f.toPath());
        }
    }

    /** Opens a file without asking about unsaved changes (callers ask first). */
    public void openPath(Path file) {
        service.open(file, d -> {
            model.open(d);
            recent.add(file);
            afterRecentChange.accept(file);
            model.setStatus("Opened " + Printable.of(String.valueOf(file.getFileName())));
        }, reason -> error("Cannot open " + Printable.of(String.valueOf(file.getFileName())), reason));
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            openPath(file);
        }
    }

    /** @return whether the document was saved */
    public boolean save() {
        Document d = model.document();
        return d.file() == null ? saveAs() : saveTo(d.file());
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save topology as");
        Document d = model.document();
        chooser.setInitialFileName(d.file() == null ? slug(d.topology().name()) + ".json"
                : d.file().getFileName().toString());
        File f = chooser.showSaveDialog(owner);
        return f != null && saveTo(f.toPath());
    }

    /**
     * Saves to a file; a read-only file is only replaced once the user said so. On failure shows why and
     * keeps the document as it was (still unsaved).
     */
    public boolean saveTo(Path file) {
        String name = Printable.of(String.valueOf(file.getFileName()));
        TopologyFiles.IfReadOnly ifReadOnly = TopologyFiles.IfReadOnly.REFUSE;
        if (service.isReadOnly(file)) {
            if (!dialogs.confirmOverwrite("Read-only file", name + " is read-only. Overwrite it?")) {
                model.setStatus("Not saved: " + name + " is read-only");
                return false;
            }
            ifReadOnly = TopologyFiles.IfReadOnly.OVERWRITE;
        }
        String failure = service.save(model.document(), file, ifReadOnly);
        if (failure != null) {
            error("Cannot save " + name, failure);
            return false;
        }
        recent.add(file);
        afterRecentChange.accept(file);
        model.setStatus("Saved " + name);
        return true;
    }

    /** File ▸ Export: the export window over the open document. */
    public void export() {
        ExportViewModel vm = new ExportViewModel(model.executor(), model::document);
        new ExportDialog(vm, owner, List.copyOf(model.topology().journeys())).show();
    }

    /** File ▸ Import drill results: a results file chosen by the user, compared with the open document. */
    public void importDrillResults() {
        FileChooser c = new FileChooser();
        c.setTitle("Import drill results");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Drill results (CSV)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = c.showOpenDialog(owner);
        if (f != null) {
            importDrillResults(f.toPath());
        }
    }

    /** Reads a drill's results in the background and shows them against the model, or why they were refused. */
    public void importDrillResults(Path results) {
        DrillResultsViewModel vm = new DrillResultsViewModel(model.executor(), model::document);
        new DrillResultsDialog(vm, owner).show();
        vm.load(results);
    }

    /**
     * Asks what to do with unsaved changes; false when the user cancels. With none, there is nothing to
     * recover either: the recovery file goes, so that quitting now leaves nothing to restore at the next start.
     */
    public boolean confirmDiscard() {
        if (!model.document().commands().isDirty()) {
            service.discardRecovery();
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to "
                + Printable.echo(model.document().displayName()) + " first?", save, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(owner);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            return save();
        }
        service.discardRecovery();
        return true;
    }

    /** At start: offers to restore what an earlier session had not saved. */
    public void offerRestore() {
        if (!service.hasRecovery()) {
            return;
        }
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Lifeboat closed with unsaved changes last time. "
                + "Restore them?", restore, discard);
        a.setHeaderText("Restore unsaved work");
        a.initOwner(owner);
        if (a.showAndWait().orElse(discard) == restore) {
            service.restore(model::open, reason -> error("Cannot restore the autosave", reason));
        } else {
            service.discardRecovery();
        }
    }

    /**
     * Shows an error. Header and reason may name a file or echo what it holds, so both are made printable;
     * the reason keeps its own line breaks (a dialog is not a terminal: nothing there reads a line as a verdict).
     */
    private void error(String header, String reason) {
        model.setStatus(header);
        dialogs.error(header, reason);
    }

    /** The dialogs of the window. */
    private static final class AlertDialogs implements Dialogs {

        private final Window owner;

        AlertDialogs(Window owner) {
            this.owner = owner;
        }

        @Override
        public boolean confirmOverwrite(String header, String question) {
            ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Printable.of(question), overwrite, ButtonType.CANCEL);
            a.setHeaderText(Printable.of(header));
            a.initOwner(owner);
            a.getDialogPane().setId("confirmDialog");
            return a.showAndWait().orElse(ButtonType.CANCEL) == overwrite;
        }

        @Override
        public void error(String header, String reason) {
            // escaped line by line: a reason may have line breaks of its own, a name never does
            String shown = Arrays.stream(String.valueOf(reason).split("\n", -1)).map(Printable::of)
                    .collect(Collectors.joining("\n"));
            Alert a = new Alert(Alert.AlertType.ERROR, shown, ButtonType.OK);
            a.setHeaderText(Printable.of(header));
            a.initOwner(owner);
            a.getDialogPane().setId("errorDialog");
            a.show();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lifeboat and service-config JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path f = model.document().file();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        } else if (new File("samples").isDirectory()) {
            c.setInitialDirectory(new File("samples").getAbsoluteFile());
        }
        return c;
    }

    private static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "topology" : s;
    }
}
