package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Switches the interface language for this session (Dutch is the default) and reloads the page. */
class TaalKeuze extends Select<Locale> {

    TaalKeuze() {
        setItems(Talen.NEDERLANDS, Talen.ENGELS);
        setItemLabelGenerator(taal -> getTranslation("taal." + taal.getLanguage()));
        setAriaLabel(getTranslation("taal.label"));
        setValue(Talen.ondersteund(getLocale()));
        setWidth("9em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
