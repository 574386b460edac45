package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import nl.leernetwerk.kennisbank.GapKaart;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;

/**
 * Evidence-and-gap map: werkzame elementen (rows) against doelgroepen or treden (columns).
 * A cell counts the praktijkvoorbeelden behind it and lists them on a click; an empty cell is
 * marked as a gap, so what the field has not yet shown is visible.
 */
@Route("kennisbank/kaart")
@AnonymousAllowed
class GapKaartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String AS = "as";

    private final KennisbankService kennisbank;
    private final RadioButtonGroup<GapKaart.As> asKeuze = new RadioButtonGroup<>();
    private final Grid<GapKaart.Rij> grid = new Grid<>();
    private final Div cel = new Div();

    GapKaartView(KennisbankService kennisbank) {
        this.kennisbank = kennisbank;
        asKeuze.setLabel(getTranslation("gapkaart.as"));
        asKeuze.setItems(GapKaart.As.values());
        asKeuze.setItemLabelGenerator(as -> getTranslation("gapkaart.as." + as.name()));
        asKeuze.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(GapKaartView.class,
                        QueryParameters.of(AS, e.getValue().name().toLowerCase(Locale.ROOT)));
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getPageTitle());
        grid.setHeight("65vh");
        cel.setId("gapkaart-cel");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("gapkaart.uitleg")), asKeuze, grid, cel);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GapKaart.As as = event.getLocation().getQueryParameters().getSingleParameter(AS)
                .filter(waarde -> waarde.equalsIgnoreCase(GapKaart.As.TREDE.name()))
                .map(waarde -> GapKaart.As.TREDE).orElse(GapKaart.As.DOELGROEP);
        asKeuze.setValue(as);
        toon(kennisbank.gapKaart(as));
    }

    private void toon(GapKaart kaart) {
        grid.removeAllColumns();
        cel.removeAll();
        grid.addComponentColumn(rij -> KennisbankRoutes.naarRecord(rij.element().titel(), rij.element().slug()))
                .setHeader(getTranslation("gapkaart.element")).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GapKaart.Rij::cluster).setHeader(getTranslation("gapkaart.cluster")).setAutoWidth(true);
        for (String kolom : kaart.kolommen()) {
            String kop = kolomNaam(kaart.as(), kolom);
            grid.addComponentColumn(rij -> celKnop(rij, kolom, kop)).setKey(kolom).setHeader(kop).setAutoWidth(true);
        }
        grid.setItems(kaart.rijen());
    }

    private String kolomNaam(GapKaart.As as, String kolom) {
        return as == GapKaart.As.TREDE ? getTranslation("gapkaart.trede", kolom) : Labels.tag(kolom);
    }

    private Component celKnop(GapKaart.Rij rij, String kolom, String kolomNaam) {
        List<KennisrecordSamenvatting> voorbeelden = rij.cel(kolom);
        if (voorbeelden.isEmpty()) {
            Span gat = new Span("0");
            gat.addClassNames("gapkaart-cel", "gapkaart-gat");
            gat.getElement().setAttribute("title", getTranslation("gapkaart.gat"));
            gat.getElement().setAttribute("aria-label", getTranslation("gapkaart.gat"));
            return gat;
        }
        Button knop = new Button(String.valueOf(voorbeelden.size()), e -> toonCel(rij, kolomNaam, voorbeelden));
        knop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        knop.addClassNames("gapkaart-cel");
        knop.setAriaLabel(getTranslation("gapkaart.cel", rij.element().titel(), kolomNaam, voorbeelden.size()));
        return knop;
    }

    private void toonCel(GapKaart.Rij rij, String kolomNaam, List<KennisrecordSamenvatting> voorbeelden) {
        cel.removeAll();
        UnorderedList lijst = new UnorderedList();
        voorbeelden.forEach(v -> lijst.add(new ListItem(KennisbankRoutes.naarRecord(v.titel(), v.slug()))));
        cel.add(new H2(getTranslation("gapkaart.cel.titel", rij.element().titel(), kolomNaam)), lijst);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gapkaart.titel");
    }
}
