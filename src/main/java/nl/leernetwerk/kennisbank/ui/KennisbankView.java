package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Entry page of the kennisbank, open to everyone. */
@Route("kennisbank")
@AnonymousAllowed
class KennisbankView extends VerticalLayout implements HasDynamicTitle {

    KennisbankView() {
        add(new H1(getPageTitle()), new Paragraph(getTranslation("kennisbank.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kennisbank");
    }
}
