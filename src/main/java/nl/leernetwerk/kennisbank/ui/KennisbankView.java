package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leernetwerk.kennisbank.Code;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.kennisbank.Telling;

/**
 * Kennisbank home: browse by type and thema. The filters live in the URL
 * ({@code ?type=praktijkvoorbeeld&thema=schulden}), so a selection can be bookmarked and shared.
 */
@Route("kennisbank")
@AnonymousAllowed
class KennisbankView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TYPE = "type";
    private static final String THEMA = "thema";

    private final KennisbankService kennisbank;
    private final Select<KennisType> typeKeuze = new Select<>();
    private final ComboBox<String> themaKeuze = new ComboBox<>();
    private final Grid<KennisrecordSamenvatting> grid = new Grid<>();

    KennisbankView(KennisbankService kennisbank) {
        this.kennisbank = kennisbank;
        add(new H1(getPageTitle()), new Paragraph(getTranslation("kennisbank.intro")), typeOverzicht(),
                new RouterLink(getTranslation("gapkaart.link"), GapKaartView.class), filters(), grid);
        grid.addComponentColumn(r -> KennisbankRoutes.naarRecord(r.titel(), r.slug())).setKey("titel")
                .setHeader(getTranslation("kennisbank.kolom.titel")).setFlexGrow(3);
        grid.addColumn(r -> Labels.type(this, r.type())).setHeader(getTranslation("kennisbank.kolom.type"));
        grid.addComponentColumn(r -> Labels.bewijsniveauBadge(this, r.bewijsniveau()))
                .setHeader(getTranslation("kennisbank.kolom.bewijsniveau"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("kennisbank.lijst"));
        setSizeFull();
    }

    private Div typeOverzicht() {
        Div overzicht = new Div();
        overzicht.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        kennisbank.aantalPerType().forEach((type, aantal) -> {
            RouterLink link = new RouterLink(Labels.meervoud(this, type) + " (" + aantal + ")", KennisbankView.class);
            link.setQueryParameters(QueryParameters.of(TYPE, type.code()));
            link.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.BorderColor.CONTRAST_10);
            overzicht.add(link);
        });
        return overzicht;
    }

    private HorizontalLayout filters() {
        typeKeuze.setLabel(getTranslation("kennisbank.filter.type"));
        typeKeuze.setItems(KennisType.values());
        typeKeuze.setItemLabelGenerator(t -> t == null ? "" : Labels.meervoud(this, t));
        typeKeuze.setEmptySelectionAllowed(true);
        typeKeuze.setEmptySelectionCaption(getTranslation("kennisbank.filter.alle"));
        typeKeuze.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigeer();
            }
        });
        List<Telling> themas = kennisbank.themas();
        themaKeuze.setLabel(getTranslation("kennisbank.filter.thema"));
        themaKeuze.setItems(themas.stream().map(Telling::waarde).toList());
        Map<String, Long> aantallen = new HashMap<>();
        themas.forEach(t -> aantallen.put(t.waarde(), t.aantal()));
        themaKeuze.setItemLabelGenerator(t -> Labels.tag(t) + " (" + aantallen.getOrDefault(t, 0L) + ")");
        themaKeuze.setClearButtonVisible(true);
        themaKeuze.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigeer();
            }
        });
        HorizontalLayout filters = new HorizontalLayout(typeKeuze, themaKeuze);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP); // below each other on a phone
        return filters;
    }

    private void navigeer() {
        Map<String, String> parameters = new HashMap<>();
        Optional.ofNullable(typeKeuze.getValue()).ifPresent(t -> parameters.put(TYPE, t.code()));
        Optional.ofNullable(themaKeuze.getValue()).ifPresent(t -> parameters.put(THEMA, t));
        UI.getCurrent().navigate(KennisbankView.class, QueryParameters.simple(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<KennisType> type = eerste(parameters, TYPE).flatMap(code -> Code.van(KennisType.class, code));
        Optional<String> thema = eerste(parameters, THEMA);
        typeKeuze.setValue(type.orElse(null));
        themaKeuze.setValue(thema.orElse(null));
        KennisFilter filter = new KennisFilter(type, thema);
        grid.setItems(query -> kennisbank.lijst(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private static Optional<String> eerste(Map<String, List<String>> parameters, String naam) {
        return parameters.getOrDefault(naam, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.kennisbank");
    }
}
