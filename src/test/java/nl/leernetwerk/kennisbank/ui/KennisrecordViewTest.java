package nl.leernetwerk.kennisbank.ui;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisbankService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class KennisrecordViewTest extends KaribuTest {

    @Autowired
    private KennisbankService kennisbank;

    private static List<String> koppen() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    private static List<String> links() {
        return _find(RouterLink.class).stream().map(RouterLink::getText).toList();
    }

    @Test
    void a_praktijkvoorbeeld_shows_its_text_elements_techniques_and_sources() {
        UI.getCurrent().navigate("kennisbank/de-cirkel-almere");

        assertThat(_get(H1.class).getText()).isEqualTo("Maatschappelijk Activeringscentrum De Cirkel");
        assertThat(_get(Html.class).getInnerHtml()).contains("<h2>Aanpak</h2>", "<h2>Wat werkt</h2>");
        assertThat(koppen()).anyMatch(k -> k.startsWith("Werkzame elementen ("))
                .anyMatch(k -> k.startsWith("Motivatietechnieken ("));
        assertThat(links()).contains("Sociaal netwerk en groep", "Bolletje wol: netwerkoefening", "Activeren door participeren");
        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .anyMatch(t -> t.startsWith("Activeren door participeren, r. 2430"));
    }

    @Test
    void field_terms_in_the_text_are_explained_where_they_first_appear() {
        UI.getCurrent().navigate("kennisbank/de-cirkel-almere");

        String html = _get(Html.class).getInnerHtml();
        assertThat(html).contains("<abbr title=\"Trede: een stap op de participatieladder, van 1 (geïsoleerd) tot 6"
                + " (betaald werk).\">");
        assertThat(html.split("<abbr title=\"Trede:", -1)).hasSize(2);
    }

    @Test
    void following_a_werkzaam_element_shows_the_cases_that_show_it() {
        UI.getCurrent().navigate("kennisbank/de-cirkel-almere");

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Sociaal netwerk en groep")));

        assertThat(_get(H1.class).getText()).isEqualTo("Sociaal netwerk en groep");
        assertThat(koppen()).anyMatch(k -> k.startsWith("Praktijkvoorbeelden die dit laten zien ("));
        assertThat(links()).contains("Maatschappelijk Activeringscentrum De Cirkel");
    }

    @Test
    void a_training_lists_its_groepsopdrachten_and_an_opdracht_its_trainingen() {
        UI.getCurrent().navigate("kennisbank/sterk-naar-werk");
        assertThat(koppen()).anyMatch(k -> k.startsWith("Groepsopdrachten ("));
        assertThat(links()).contains("Waar ben ik goed in? Jezelf presenteren");

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Waar ben ik goed in? Jezelf presenteren")));

        assertThat(koppen()).anyMatch(k -> k.startsWith("Trainingen met deze opdracht ("));
        assertThat(links()).contains("Sterk naar werk");
    }

    @Test
    void a_bron_lists_the_records_built_on_it() {
        UI.getCurrent().navigate("kennisbank/activeren-door-participeren");

        assertThat(koppen()).anyMatch(k -> k.startsWith("Praktijkvoorbeelden uit deze bron ("))
                .anyMatch(k -> k.startsWith("Werkzame elementen uit deze bron ("));
    }

    @Test
    void an_unknown_record_gives_a_dutch_not_found_page() {
        UI.getCurrent().navigate("kennisbank/bestaat-niet");

        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void every_record_page_renders_with_all_its_texts_translated() {
        List<String> slugs = kennisbank.lijst(KennisFilter.alles(), Pageable.ofSize(1000)).map(s -> s.slug()).toList();
        assertThat(slugs).hasSizeGreaterThan(200);
        for (String slug : slugs) {
            UI.getCurrent().navigate("kennisbank/" + slug);
            String tekst = UI.getCurrent().getElement().getTextRecursively();
            assertThat(tekst).as(slug).doesNotContain("!{").doesNotContain("Pagina niet gevonden")
                    .doesNotContain("Er ging iets mis");
        }
    }
}
