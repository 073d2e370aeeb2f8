package fi.polku.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts in the application header (the notification bell), so the shell
 * shows it without knowing the module. Beans of this type are asked once per layout.
 */
public interface HeaderWidget {

    Component create();
}
