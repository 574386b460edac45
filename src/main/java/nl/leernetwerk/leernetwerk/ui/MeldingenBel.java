package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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
        return new Bel(meldingen, authenticatie);
    }

    /** Counts again after every navigation: the header stays while the pages change (and the user may sign out). */
    static final class Bel extends RouterLink implements AfterNavigationObserver {

        private final MeldingService meldingen;
        private final AuthenticationContext authenticatie;
        private final Span teller = new Span();

        Bel(MeldingService meldingen, AuthenticationContext authenticatie) {
            super("", MeldingenView.class);
            this.meldingen = meldingen;
            this.authenticatie = authenticatie;
            setId("meldingen-bel");
            teller.setId("meldingen-aantal");
            teller.getElement().getThemeList().add("badge error small pill");
            add(VaadinIcon.BELL.create(), teller);
            addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Margin.Horizontal.SMALL);
            tel();
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            tel();
        }

        private void tel() {
            setVisible(authenticatie.isAuthenticated());
            if (!isVisible()) {
                return;
            }
            long aantal = meldingen.aantalOngelezen();
            teller.setText(String.valueOf(aantal));
            teller.setVisible(aantal > 0);
            getElement().setAttribute("aria-label", getTranslation("leernetwerk.melding.bel", aantal));
            getElement().setAttribute("title", getTranslation("leernetwerk.melding.bel", aantal));
        }
    }
}
