package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The start page: what Leernetwerk is, and the parts this user may open. */
@Route("")
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(ToegankelijkMenu menu) {
        add(new H1(getTranslation("home.titel")), new Paragraph(getTranslation("home.intro")));
        Div onderdelen = new Div();
        onderdelen.addClassNames(LumoUtility.Display.GRID, LumoUtility.Grid.Column.COLUMNS_1,
                LumoUtility.Grid.Breakpoint.Medium.COLUMNS_2, LumoUtility.Gap.MEDIUM, LumoUtility.Width.FULL);
        menu.voorHuidigeGebruiker().forEach(item -> {
            H2 titel = new H2(new RouterLink(getTranslation(item.titelKey()), item.view()));
            titel.addClassNames(LumoUtility.FontSize.LARGE);
            Div kaart = new Div(titel, new Paragraph(getTranslation(item.omschrijvingKey())));
            kaart.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL,
                    LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM);
            onderdelen.add(kaart);
        });
        add(onderdelen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.naam");
    }
}
