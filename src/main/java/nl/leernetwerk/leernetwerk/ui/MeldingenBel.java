package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import nl.leernetwerk.basis.ui.Kopcomponent;
import nl.leernetwerk.leernetwerk.MeldingService;

/** The bell in the header: the number of unread notifications, linking to them. Nothing for anonymous visitors. */
@org.springframework.stereotype.Component
class MeldingenBel implements Kopcomponent {

    private final MeldingService meldingen;
    private final AuthenticationContext authenticatie;

    MeldingenBel(MeldingService meldingen, AuthenticationContext authenticatie) {
        this.meldingen = meldingen;
        this.authenticatie = authenticatie;
    }

    @Override
    public Component maak() {
        if (!authenticatie.isAuthenticated()) {
            Span niets = new Span();
            niets.setVisible(false);
            return niets;
        }
        long aantal = meldingen.aantalOngelezen();
        RouterLink bel = new RouterLink("", MeldingenView.class);
        bel.setId("meldingen-bel");
        bel.add(VaadinIcon.BELL.create());
        bel.getElement().setAttribute("aria-label", bel.getTranslation("leernetwerk.melding.bel", aantal));
        bel.getElement().setAttribute("title", bel.getTranslation("leernetwerk.melding.bel", aantal));
        if (aantal > 0) {
            Span teller = new Span(String.valueOf(aantal));
            teller.setId("meldingen-aantal");
            teller.getElement().getThemeList().add("badge error small pill");
            bel.add(teller);
        }
        bel.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Margin.Horizontal.SMALL);
        return bel;
    }
}
