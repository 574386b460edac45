package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leernetwerk.account.Rol;

/** Entry page for members and redacteuren of the leernetwerk. */
@Route("leernetwerk")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
class LeernetwerkView extends VerticalLayout implements HasDynamicTitle {

    LeernetwerkView() {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("leernetwerk.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leernetwerk");
    }
}
