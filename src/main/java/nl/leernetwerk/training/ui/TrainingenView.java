package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leernetwerk.account.Rol;

/** Entry page for trainers. */
@Route("trainingen")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class TrainingenView extends VerticalLayout implements HasDynamicTitle {

    TrainingenView() {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("trainingen.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainingen");
    }
}
