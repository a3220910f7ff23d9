package dev.lifeboat.ui.inspector;

import javafx.beans.binding.Bindings;
import dev.lifeboat.model.SettingGroup;
import java.util.Comparator;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/** The inspector panel: a heading and a ControlsFX PropertySheet over the view model's rows. */
public final class InspectorView extends VBox {

    private final PropertySheet sheet = new PropertySheet();

    public InspectorView(InspectorViewModel vm) {
        setId("inspector");
        getStyleClass().add("inspector");
        Label heading = new Label();
        heading.setId("inspectorHeading");
        heading.getStyleClass().add("inspector-heading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setWrapText(true);
        Label sub = new Label();
        sub.getStyleClass().add("inspector-subheading");
        sub.textProperty().bind(vm.subheadingProperty());
        sub.setWrapText(true);
        Bindings.bindContent(sheet.getItems(), vm.items());
        sheet.setId("propertySheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new InspectorEditors());
        // sections in the order of SettingGroup (General, Placement, Backup, ...), not alphabetically
        sheet.setCategoryComparator(Comparator.comparingInt(InspectorView::groupOrder));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        // the sheet shows one section at a time: keep the one the user opened across selections
        vm.items().addListener((ListChangeListener<InspectorItem>) c -> reopen(sheet));
        VBox header = new VBox(2, heading, sub);
        header.getStyleClass().add("inspector-header");
        getChildren().addAll(header, sheet);
    }

    /** Opens General and puts the keyboard in the name field, its text selected (after a fresh drop). */
    public void editName() {
        openSection = SettingGroup.GENERAL.label();
        reopen(sheet);
        applyCss();
        layout();
        if (sheet.lookup("#field-name") instanceof TextInputControl field) {
            field.requestFocus();
            field.selectAll();
        }
    }

    private static int groupOrder(String category) {
        for (SettingGroup g : SettingGroup.values()) {
            if (g.label().equals(category)) {
                return g.ordinal();
            }
        }
        return SettingGroup.values().length;
    }

    private String openSection = SettingGroup.BACKUP.label();

    private void reopen(PropertySheet sheet) {
        if (!(sheet.lookup(".accordion") instanceof Accordion accordion)) {
            return;
        }
        TitledPane wanted = null;
        for (TitledPane p : accordion.getPanes()) {
            if (p.getText().equals(openSection)) {
                wanted = p;
            }
        }
        if (wanted != null) {
            accordion.setExpandedPane(wanted);
        }
        accordion.expandedPaneProperty().addListener((o, a, b) -> {
            if (b != null) {
                openSection = b.getText();
            }
        });
    }
}
