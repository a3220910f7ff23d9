package dev.lifeboat.ui.inspector;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/** The inspector panel: a heading and a ControlsFX PropertySheet over the view model's rows. */
public final class InspectorView extends VBox {

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
        PropertySheet sheet = new PropertySheet();
        Bindings.bindContent(sheet.getItems(), vm.items());
        sheet.setId("propertySheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new InspectorEditors());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        VBox header = new VBox(2, heading, sub);
        header.getStyleClass().add("inspector-header");
        getChildren().addAll(header, sheet);
    }
}
