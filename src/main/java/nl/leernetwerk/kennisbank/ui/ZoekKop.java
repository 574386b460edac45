package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.stream.Stream;
import nl.leernetwerk.basis.ui.Kopcomponent;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.kennisbank.ZoekService;

/**
 * The search field in every page header: suggests titles while typing (arrow keys and Enter
 * choose one and open it); Enter on free text opens the search page.
 */
@org.springframework.stereotype.Component
class ZoekKop implements Kopcomponent {

    private static final int SUGGESTIES = 8;

    private final ZoekService zoekService;

    ZoekKop(ZoekService zoekService) {
        this.zoekService = zoekService;
    }

    @Override
    public Component maak() {
        ComboBox<KennisrecordSamenvatting> veld = new ComboBox<>();
        veld.setPlaceholder(veld.getTranslation("kop.zoeken.placeholder"));
        veld.setAriaLabel(veld.getTranslation("kop.zoeken.label"));
        veld.setId("kop-zoeken");
        veld.setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : zoekService.suggesties(query.getFilter().orElse(""), Math.min(query.getLimit(), SUGGESTIES)).stream());
        veld.setItemLabelGenerator(KennisrecordSamenvatting::titel);
        veld.setAllowCustomValue(true);
        veld.addClassNames(LumoUtility.Flex.GROW);
        veld.setMaxWidth("36rem");
        veld.addCustomValueSetListener(e -> UI.getCurrent().navigate(ZoekView.class,
                QueryParameters.of(ZoekView.Q, e.getDetail())));
        veld.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(KennisrecordView.class,
                        new RouteParameters(KennisbankRoutes.SLUG, e.getValue().slug()));
            }
        });
        return veld;
    }
}
