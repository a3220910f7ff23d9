package dev.lifeboat.ui;

import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.state.DesignerModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * File ▸ Document properties: the document's name ("Untitled" until someone names it), edited in a small
 * dialog and applied as one undoable command (see {@link EditActions#renameDocument}).
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    /** Shows the dialog without blocking; OK renames the document when the name changed. */
    static void show(DesignerModel model, EditActions edit, Window owner) {
        String current = model.topology().name();
        TextInputDialog dialog = new TextInputDialog(Printable.of(current));
        dialog.setTitle("Document properties");
        dialog.setHeaderText("The name of this system, shown in the title bar and in reports");
        dialog.setContentText("Name");
        dialog.getEditor().setId("documentNameField");
        dialog.getEditor().setPrefColumnCount(28);
        dialog.getDialogPane().setId("documentPropertiesDialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.resultProperty().addListener((o, a, name) -> {
            // an unchanged field (shown escaped) keeps the name as it is
            if (name != null && !name.equals(Printable.of(current))) {
                edit.renameDocument(name);
            }
        });
        dialog.show();
    }
}
