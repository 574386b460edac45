package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.kennisbank.Code;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.Facet;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekresultaat;
import nl.leernetwerk.kennisbank.Zoekvraag;

/**
 * The search page. Query, facet filters and page are all in the URL
 * ({@code zoeken?q=maatje&type=praktijkvoorbeeld&pagina=2}), so a search can be bookmarked and shared.
 */
@Route(ZoekView.ROUTE)
@AnonymousAllowed
class ZoekView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "zoeken";
    static final String Q = "q";
    private static final String PAGINA = "pagina";
    private static final int GROOTTE = 10;

    private final ZoekService zoekService;
    private final TextField zoekveld = new TextField();
    private final VerticalLayout facetten = new VerticalLayout();
    private final VerticalLayout resultaten = new VerticalLayout();
    private Zoekvraag vraag = Zoekvraag.van("");

    ZoekView(ZoekService zoekService) {
        this.zoekService = zoekService;
        zoekveld.setLabel(getTranslation("zoeken.veld"));
        zoekveld.setPrefixComponent(VaadinIcon.SEARCH.create());
        zoekveld.setClearButtonVisible(true);
        zoekveld.setMaxLength(Zoekvraag.MAX_TEKST);
        zoekveld.setWidthFull();
        zoekveld.addKeyPressListener(Key.ENTER, e -> navigeer(zoekveld.getValue(), vraag.filters(), 0));
        Button zoek = new Button(getTranslation("zoeken.knop"), e -> navigeer(zoekveld.getValue(), vraag.filters(), 0));
        HorizontalLayout balk = new HorizontalLayout(zoekveld, zoek);
        balk.setWidthFull();
        balk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        facetten.setPadding(false);
        facetten.addClassNames("zoek-facetten");
        resultaten.setPadding(false);
        resultaten.addClassNames("zoek-resultaten");
        HorizontalLayout inhoud = new HorizontalLayout(facetten, resultaten);
        inhoud.setWidthFull();
        inhoud.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(new H1(getPageTitle()), balk, inhoud);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String tekst = parameters.getOrDefault(Q, List.of("")).getFirst();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        parameters.forEach((naam, waarden) -> Facet.vanParameter(naam)
                .ifPresent(facet -> filters.put(facet, new HashSet<>(waarden))));
        int pagina = parameters.getOrDefault(PAGINA, List.of("1")).stream().findFirst()
                .filter(p -> p.matches("\\d{1,4}")).map(Integer::parseInt).orElse(1) - 1;
        vraag = new Zoekvraag(tekst, filters, pagina, GROOTTE);
        zoekveld.setValue(vraag.tekst());
        toon(zoekService.zoek(vraag));
    }

    private void navigeer(String tekst, Map<Facet, Set<String>> filters, int pagina) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (tekst != null && !tekst.isBlank()) {
            parameters.put(Q, List.of(tekst));
        }
        filters.forEach((facet, waarden) -> {
            if (!waarden.isEmpty()) {
                parameters.put(facet.parameter(), waarden.stream().sorted().toList());
            }
        });
        if (pagina > 0) {
            parameters.put(PAGINA, List.of(String.valueOf(pagina + 1)));
        }
        UI.getCurrent().navigate(ZoekView.class, new QueryParameters(parameters));
    }

    private void toon(Zoekresultaat resultaat) {
        facetten.removeAll();
        resultaten.removeAll();
        resultaat.facetten().forEach((facet, waarden) -> {
            if (!waarden.isEmpty()) {
                facetten.add(facet(facet, waarden));
            }
        });
        Paragraph aantal = new Paragraph(getTranslation("zoeken.aantal", resultaat.totaal()));
        aantal.setId("zoeken-aantal");
        resultaten.add(aantal);
        resultaat.bedoeldeU().ifPresent(voorstel -> {
            RouterLink link = new RouterLink(voorstel, ZoekView.class);
            link.setQueryParameters(QueryParameters.of(Q, voorstel));
            resultaten.add(new Paragraph(new Span(getTranslation("zoeken.bedoeldeu") + " "), link));
        });
        resultaat.treffers().forEach(treffer -> resultaten.add(treffer(treffer)));
        resultaten.add(paginering(resultaat.totaal()));
    }

    private Details facet(Facet facet, List<Zoekresultaat.FacetWaarde> waarden) {
        CheckboxGroup<Zoekresultaat.FacetWaarde> keuze = new CheckboxGroup<>();
        keuze.setAriaLabel(getTranslation("zoeken.facet." + facet.name()));
        keuze.setId("facet-" + facet.parameter());
        keuze.setItems(waarden);
        keuze.setItemLabelGenerator(w -> label(facet, w) + " (" + w.aantal() + ")");
        Set<String> gekozen = vraag.filters().getOrDefault(facet, Set.of());
        keuze.setValue(new HashSet<>(waarden.stream().filter(w -> gekozen.contains(w.waarde())).toList()));
        herstelFocus(facet, keuze, waarden);
        keuze.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // the facets are drawn anew: the keyboard user keeps her place on the box she ticked
                fokus = java.util.Optional.of(new Fokus(facet, java.util.stream.Stream.concat(
                        e.getValue().stream().filter(w -> !e.getOldValue().contains(w)),
                        e.getOldValue().stream().filter(w -> !e.getValue().contains(w)))
                        .map(Zoekresultaat.FacetWaarde::waarde).findFirst().orElse("")));
                Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
                filters.putAll(vraag.filters());
                Set<String> nieuw = new HashSet<>();
                e.getValue().forEach(w -> nieuw.add(w.waarde()));
                filters.put(facet, nieuw);
                navigeer(vraag.tekst(), filters, 0);
            }
        });
        Details details = new Details(getTranslation("zoeken.facet." + facet.name()), keuze);
        details.setOpened(!gekozen.isEmpty() || facet == Facet.TYPE || facet == Facet.DOELGROEP);
        return details;
    }

    /** The facet value a user just (un)ticked, to give the focus back after the page is redrawn. */
    private record Fokus(Facet facet, String waarde) {}

    private java.util.Optional<Fokus> fokus = java.util.Optional.empty();

    private void herstelFocus(Facet facet, CheckboxGroup<Zoekresultaat.FacetWaarde> keuze,
            List<Zoekresultaat.FacetWaarde> waarden) {
        fokus.filter(f -> f.facet() == facet).ifPresent(f -> {
            fokus = java.util.Optional.empty();
            int plaats = waarden.stream().map(Zoekresultaat.FacetWaarde::waarde).toList().indexOf(f.waarde());
            keuze.getElement().executeJs("const c = this.querySelectorAll('vaadin-checkbox')[$0]; (c || this).focus();",
                    Math.max(plaats, 0));
        });
    }

    private String label(Facet facet, Zoekresultaat.FacetWaarde waarde) {
        return switch (facet) {
            case TYPE -> Code.van(KennisType.class, waarde.waarde()).map(t -> Labels.meervoud(this, t)).orElse(waarde.label());
            case BEWIJSNIVEAU -> Code.van(Bewijsniveau.class, waarde.waarde()).map(b -> Labels.bewijsniveau(this, b))
                    .orElse(waarde.label());
            case TREDE -> getTranslation("gapkaart.trede", waarde.waarde());
            case DOELGROEP, THEMA -> Labels.tag(waarde.waarde());
            default -> waarde.label();
        };
    }

    private Component treffer(Zoekresultaat.Treffer treffer) {
        var record = treffer.record();
        H2 titel = new H2(KennisbankRoutes.naarRecord(record.titel(), record.slug()));
        titel.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        HorizontalLayout kenmerken = new HorizontalLayout(new Span(Labels.type(this, record.type())),
                Labels.bewijsniveauBadge(this, record.bewijsniveau()));
        kenmerken.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div kaart = new Div(titel, kenmerken);
        if (treffer.fragmenten().isEmpty() && record.samenvatting() != null) {
            kaart.add(new Paragraph(record.samenvatting()));
        }
        // fragments are HTML-escaped by the highlighter except for its own <em> marks
        treffer.fragmenten().forEach(f -> kaart.add(new Html("<p class=\"fragment\">… " + f + " …</p>")));
        kaart.addClassNames("treffer", LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Width.FULL);
        return kaart;
    }

    private Component paginering(long totaal) {
        int paginas = (int) Math.max(1, (totaal + GROOTTE - 1) / GROOTTE);
        Button vorige = new Button(getTranslation("zoeken.vorige"), e -> navigeer(vraag.tekst(), vraag.filters(), vraag.pagina() - 1));
        vorige.setEnabled(vraag.pagina() > 0);
        Button volgende = new Button(getTranslation("zoeken.volgende"), e -> navigeer(vraag.tekst(), vraag.filters(), vraag.pagina() + 1));
        volgende.setEnabled(vraag.pagina() + 1 < paginas);
        HorizontalLayout balk = new HorizontalLayout(vorige,
                new Span(getTranslation("zoeken.pagina", vraag.pagina() + 1, paginas)), volgende);
        balk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return balk;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zoeken.titel");
    }
}
