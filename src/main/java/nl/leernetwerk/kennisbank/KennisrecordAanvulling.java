package nl.leernetwerk.kennisbank;

import com.vaadin.flow.component.Component;

/**
 * Something another module adds below a record's page (the leernetwerk's follow button and
 * comments), as a Spring bean, so that the kennisbank does not depend on that module.
 */
public interface KennisrecordAanvulling {

    /** A new component for the page of this record; may be invisible (for anonymous visitors). */
    Component maak(KennisrecordGegevens record);
}
