package dev.lifeboat.ui;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.command.AddVariantCommand;
import dev.lifeboat.ui.command.DeleteVariantCommand;
import dev.lifeboat.ui.command.RenameVariantCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The toolbar's variant controls: a choice of the design shown (Baseline, Proposal A, ...), New variant,
 * Rename, Delete (each an undoable command) and Compare.
 */
final class VariantControls {

    private VariantControls() {
    }

    static List<Node> build(DesignerModel model, Runnable compare) {
        ObservableList<String> names = FXCollections.observableArrayList();
        ChoiceBox<String> choice = new ChoiceBox<>(names);
        choice.setId("variantSelector");
        choice.setTooltip(new Tooltip("The design shown: the baseline, or a variant of it (only its settings differ)"));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : Printable.echo(name, 40);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            List<String> all = new ArrayList<>();
            all.add(Variant.BASELINE);
            model.baseDocument().baseline().variants().forEach(v -> all.add(v.name()));
            names.setAll(all);
            String shown = model.variant();
            choice.setValue(shown == null ? Variant.BASELINE : shown);
            filling[0] = false;
        };
        TopologyListener onVariants = e -> {
            if (e.type() == TopologyEvent.Type.VARIANT_CHANGED) {
                fill.run();
            }
        };
        Topology[] followed = {null};
        Runnable follow = () -> {
            if (followed[0] != null) {
                followed[0].removeListener(onVariants);
            }
            followed[0] = model.baseDocument().baseline();
            followed[0].addListener(onVariants);
            fill.run();
        };
        follow.run();
        model.documentProperty().addListener((o, a, d) -> {
            if (d.baseline() != followed[0]) {
                follow.run();
            } else {
                fill.run();
            }
        });
        choice.valueProperty().addListener((o, a, b) -> {
            if (!filling[0] && b != null) {
                model.showVariant(b.equals(Variant.BASELINE) ? null : b);
            }
        });

        Button add = iconButton(new FontIcon(MaterialDesignP.PLUS_BOX_OUTLINE));
        add.setId("newVariantButton");
        add.setTooltip(new Tooltip("New variant: a variant of the design, shown at once: its setting edits leave the baseline "
                + "alone"));
        add.setOnAction(e -> {
            AddVariantCommand cmd = new AddVariantCommand(AddVariantCommand.nextName(model.baseDocument().baseline()));
            showAfter(model, cmd, cmd.name());
        });
        Button rename = iconButton(new FontIcon(MaterialDesignR.RENAME_BOX));
        rename.setId("renameVariantButton");
        rename.setOnAction(e -> {
            String current = model.variant();
            TextInputDialog dialog = new TextInputDialog(current);
            dialog.setTitle("Rename variant");
            dialog.setHeaderText(null);
            dialog.setContentText("Name");
            Optional<String> name = dialog.showAndWait();
            name.ifPresent(n -> {
                String trimmed = n.trim();
                showAfter(model, new RenameVariantCommand(current, trimmed), trimmed);
            });
        });
        Button delete = iconButton(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deleteVariantButton");
        delete.setOnAction(e -> {
            String current = model.variant();
            model.showVariant(null);
            if (!model.execute(new DeleteVariantCommand(current))) {
                model.showVariant(current);
            }
        });
        rename.disableProperty().bind(model.variantProperty().isNull());
        delete.disableProperty().bind(model.variantProperty().isNull());
        rename.setTooltip(new Tooltip("Rename the variant shown"));
        delete.setTooltip(new Tooltip("Delete the variant shown (undo brings it back)"));
        Button comparison = iconButton(new FontIcon(MaterialDesignC.COMPARE_HORIZONTAL));
        comparison.setId("compareButton");
        comparison.setTooltip(new Tooltip("Compare: the baseline and its variants side by side"));
        comparison.setOnAction(e -> compare.run());
        return List.of(choice, add, rename, delete, comparison);
    }

    private static Button iconButton(FontIcon icon) {
        Button b = new Button(null, icon);
        b.getStyleClass().add("tool");
        return b;
    }

    /** Runs a variant command and shows the variant it names when it ran. */
    private static void showAfter(DesignerModel model, dev.lifeboat.ui.command.Command cmd, String show) {
        if (model.execute(cmd)) {
            Document d = model.baseDocument();
            d.baseline().variant(show).ifPresent(v -> model.showVariant(v.name()));
        }
    }
}
