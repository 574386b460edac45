package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;

/**
 * An entry of the main navigation, contributed by a module as a Spring bean so that the shell does
 * not depend on the modules. The layout shows it only to users who may open {@code view}.
 *
 * @param titelKey i18n key of the label
 * @param omschrijvingKey i18n key of the one-line description on the home page
 */
public record Hoofdmenu(
        String titelKey, String omschrijvingKey, Class<? extends Component> view, VaadinIcon icon, int volgorde) {

    public Hoofdmenu {
        Objects.requireNonNull(titelKey);
        Objects.requireNonNull(omschrijvingKey);
        Objects.requireNonNull(view);
        Objects.requireNonNull(icon);
    }
}
