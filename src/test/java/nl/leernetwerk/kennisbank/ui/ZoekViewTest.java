package nl.leernetwerk.kennisbank.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.kennisbank.Zoekresultaat;
import org.junit.jupiter.api.Test;

class ZoekViewTest extends KaribuTest {

    private static String pad() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<String> titels() {
        return _find(H2.class).stream().map(h -> h.getElement().getTextRecursively()).toList();
    }

    @Test
    void searching_shows_hits_with_highlights_and_puts_the_query_in_the_url() {
        UI.getCurrent().navigate("zoeken");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Waar zoek je naar?")), "bolletje wol");
        _click(_get(Button.class, spec -> spec.withText("Zoeken")));

        assertThat(pad()).isEqualTo("zoeken?q=bolletje%20wol");
        assertThat(titels()).contains("Bolletje wol: netwerkoefening");
        assertThat(_find(Html.class).stream().map(Html::getInnerHtml)).anyMatch(h -> h.contains("<em>"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("zoeken-aantal")).getText()).matches("\\d+ resultaten");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_facet_narrows_the_results_and_is_kept_in_the_url() {
        UI.getCurrent().navigate("zoeken", QueryParameters.of("q", "netwerk"));
        CheckboxGroup<Zoekresultaat.FacetWaarde> soort = _get(CheckboxGroup.class, spec -> spec.withId("facet-type"));
        Zoekresultaat.FacetWaarde trainingen = soort.getListDataView().getItems()
                .filter(w -> w.waarde().equals("training")).findFirst().orElseThrow();

        _setValue(soort, Set.of(trainingen));

        assertThat(pad()).isEqualTo("zoeken?q=netwerk&type=training");
        assertThat(_get(Paragraph.class, spec -> spec.withId("zoeken-aantal")).getText())
                .isEqualTo(trainingen.aantal() + " resultaten");
    }

    @Test
    void a_query_with_a_typo_offers_did_you_mean() {
        UI.getCurrent().navigate("zoeken", QueryParameters.of("q", "zelfvetrouwn"));

        RouterLink voorstel = _get(RouterLink.class, spec -> spec.withText("zelfvertrouwen"));
        assertThat(voorstel.getHref()).isEqualTo("zoeken?q=zelfvertrouwen");
    }

    @Test
    void the_header_suggests_titles_while_typing_and_opens_the_chosen_record() {
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        ComboBox<Object> zoekveld = _get(ComboBox.class, spec -> spec.withId("kop-zoeken"));

        setUserInput(zoekveld, "sterk na");
        List<String> suggesties = getSuggestions(zoekveld);
        assertThat(suggesties).first().isEqualTo("Sterk naar werk");
        selectByLabel(zoekveld, "Sterk naar werk");

        assertThat(_get(H1.class).getText()).isEqualTo("Sterk naar werk");
    }

    @Test
    void malformed_queries_in_the_url_show_a_normal_page() {
        for (String q : List.of("\"", "+-*~:", "a".repeat(10_000), "\u0000\u0008")) {
            UI.getCurrent().navigate("zoeken", new QueryParameters(Map.of("q", List.of(q), "pagina", List.of("x"))));
            assertThat(_get(H1.class).getText()).isEqualTo("Zoeken in de kennisbank");
        }
    }
}
