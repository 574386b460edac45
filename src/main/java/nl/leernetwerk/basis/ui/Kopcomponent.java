package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module puts in the header of every page (the kennisbank's search field), as a
 * Spring bean, so that the shell does not depend on the module.
 */
public interface Kopcomponent {

    /** A new instance for one page. */
    Component maak();
}
