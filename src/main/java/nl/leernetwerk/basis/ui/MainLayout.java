package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** The shell around every page: header with the modules' header components (search), language and account; side navigation per role. */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    MainLayout(ToegankelijkMenu menu, AuthenticationContext authenticationContext, List<Kopcomponent> kop) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(merk(), navigatie(menu));
        addToNavbar(new DrawerToggle(), kop(authenticationContext, kop));
    }

    /**
     * A modal overlay (a date picker's, a combo box's) hides everything around it from assistive technology with
     * aria-hidden: the layout's header, toggle and menu (its slotted children) and parts of its shadow root. Now and
     * then that is not undone when the overlay closes around a page change, and screen readers lose the header and
     * menu until a reload (seen in the browser journeys; cause not found, probably in Vaadin). So the layout watches
     * that attribute: a moment after it changes, or after a navigation, with no modal overlay open and no drawer
     * shown as overlay, the header and menu are made visible to assistive technology again.
     */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        getElement().executeJs("""
                const laag = this;
                if (!laag.shadowRoot) { return; }
                if (!laag.__ariaHerstel) {
                  laag.__ariaHerstel = () => {
                    const open = document.querySelector(':is(vaadin-dialog, vaadin-confirm-dialog, vaadin-select,'
                        + ' vaadin-date-picker, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-context-menu,'
                        + ' vaadin-popover)[opened]');
                    if (open || (laag.overlay && laag.drawerOpened)) { return; }
                    [...laag.querySelectorAll(':scope > [slot][aria-hidden]'), ...laag.shadowRoot.querySelectorAll(
                        '#navbarTop[aria-hidden], #drawer[aria-hidden], #navbarBottom[aria-hidden]')]
                        .forEach(e => e.removeAttribute('aria-hidden'));
                  };
                  const wacht = new MutationObserver(() => setTimeout(laag.__ariaHerstel, 250));
                  wacht.observe(laag, {attributes: true, attributeFilter: ['aria-hidden'], subtree: true});
                  wacht.observe(laag.shadowRoot, {attributes: true, attributeFilter: ['aria-hidden'], subtree: true});
                }
                requestAnimationFrame(laag.__ariaHerstel);""");
    }

    private Div merk() {
        RouterLink naam = new RouterLink(getTranslation("app.naam"), HomeView.class);
        naam.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.HEADER);
        Div merk = new Div(naam);
        merk.addClassNames(LumoUtility.Padding.MEDIUM);
        return merk;
    }

    private SideNav navigatie(ToegankelijkMenu menu) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        menu.voorHuidigeGebruiker().forEach(item ->
                nav.addItem(new SideNavItem(getTranslation(item.titelKey()), item.view(), item.icon().create())));
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        return nav;
    }

    private HorizontalLayout kop(AuthenticationContext authenticationContext, List<Kopcomponent> kopcomponenten) {
        Div midden = new Div();
        kopcomponenten.forEach(k -> midden.add(k.maak()));
        midden.addClassNames(LumoUtility.Flex.GROW, LumoUtility.Display.FLEX);
        HorizontalLayout kop = new HorizontalLayout(midden, new TaalKeuze(), account(authenticationContext));
        kop.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        kop.addClassNames(LumoUtility.Flex.GROW, LumoUtility.Padding.End.MEDIUM);
        return kop;
    }

    private HorizontalLayout account(AuthenticationContext authenticationContext) {
        return authenticationContext.getPrincipalName()
                .map(naam -> {
                    Button uitloggen = new Button(getTranslation("kop.uitloggen"), e -> authenticationContext.logout());
                    uitloggen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(FlexComponent.Alignment.CENTER, new Span(naam), uitloggen);
                })
                .orElseGet(() -> new HorizontalLayout(new Anchor("login", getTranslation("kop.inloggen"))));
    }
}
