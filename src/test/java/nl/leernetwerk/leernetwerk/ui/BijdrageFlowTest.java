package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekvraag;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review workflow through the UI: a member writes and submits a praktijkvoorbeeld, a
 * redacteur returns it with feedback, the member revises, the redacteur publishes; only then is
 * it in search and on the public kennisbank page.
 */
// with MockMvc for /api/zoeken; also keeps the records made here out of the index ZoekkwaliteitTest measures
@AutoConfigureMockMvc
class BijdrageFlowTest extends KaribuTest {

    private static final String WOORD = "zwaluwpadwandeling";

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private KennisbankService kennisbank;

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void submitted_returned_revised_and_published_then_found_by_search_and_by_anonymous_visitors() throws Exception {
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk");
        _setValue(_get(Select.class, spec -> spec.withLabel("Soort bijdrage")), BijdrageType.PRAKTIJKVOORBEELD);
        _click(_get(Button.class, spec -> spec.withText("Beginnen")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("leernetwerk/bijdrage/", ""));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Wandelcoaching Zwolle-Zuid");
        assertThat(_get(Span.class, spec -> spec.withId("opgeslagen")).getText()).startsWith("Concept opgeslagen om ");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Samenvatting (1 tot 3 zinnen)")),
                "Deelnemers lopen wekelijks de " + WOORD + " met een coach en praten onderweg over werk.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Thema's")), "Motivatie, Bewegen en werk");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Treden van de participatieladder")), Set.of(2, 3));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Werkzame elementen")),
                Set.of("maatje-en-buddy"));
        _click(_get(Button.class, spec -> spec.withText("Indienen bij de redactie")));
        expectNotifications("Vul de samenvatting en de aanpak in voordat je indient.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Aanpak")), "Elke dinsdag **samen wandelen**.");
        _click(_get(Button.class, spec -> spec.withText("Indienen bij de redactie")));
        expectNotifications("Je bijdrage is ingediend. De redactie bekijkt hem en laat van zich horen.");
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).contains("Ingediend");

        // unpublished: not in search, not in the REST API, not for another member, not for anonymous visitors
        assertThat(zoekService.zoek(Zoekvraag.van(WOORD)).totaal()).isZero();
        assertThat(mvc.perform(get("/api/zoeken").param("q", WOORD)).andReturn().getResponse().getContentAsString())
                .doesNotContain("wandelcoaching");
        assertThat(kennisbank.detail("wandelcoaching-zwolle-zuid")).isEmpty();
        Afmelden.afmelden();
        assertThat(aanmelding.als("lid-b", Rol.LID, () -> bijdrageService.bijdrage(id))).isEmpty();
        assertThat(aanmelding.als("redacteur", Rol.REDACTEUR, () -> bijdrageService.bijdrage(id))).isPresent();
        UI.getCurrent().navigate("kennisbank/wandelcoaching-zwolle-zuid");
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");

        // the redacteur returns it with feedback
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        _click(_get(Button.class, spec -> spec.withText("In review nemen")));
        expectNotifications("De bijdrage is in review.");
        _click(_get(Button.class, spec -> spec.withText("Terugsturen met feedback")));
        expectNotifications("Schrijf feedback voor de auteur: wat moet er beter?");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Feedback voor de auteur")),
                "Voeg resultaten toe, met cijfers.");
        _click(_get(Button.class, spec -> spec.withText("Terugsturen met feedback")));
        expectNotifications("De bijdrage is teruggestuurd naar de auteur.");

        // the member sees the feedback and revises
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("feedback")).getElement().getTextRecursively())
                .contains("Voeg resultaten toe, met cijfers.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Resultaten (met cijfers als je die hebt)")),
                "7 van de 12 deelnemers vonden binnen een jaar werk.");
        _click(_get(Button.class, spec -> spec.withText("Indienen bij de redactie")));
        expectNotifications("Je bijdrage is ingediend. De redactie bekijkt hem en laat van zich horen.");

        // the redacteur approves: published
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        _setValue(_get(Select.class, spec -> spec.withLabel("Bewijsniveau")), Bewijsniveau.ONGETOETST);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Reviewdatum")), LocalDate.of(2026, 11, 23));
        _click(_get(Button.class, spec -> spec.withText("Goedkeuren")));
        expectNotifications("Goedgekeurd en gepubliceerd in de kennisbank.");
        String slug = jdbc.queryForObject("select kennisrecord_slug from bijdrage where id = ?", String.class, id);
        assertThat(slug).isEqualTo("wandelcoaching-zwolle-zuid");

        // found at once, by the service and the REST API, and shown to anonymous visitors
        assertThat(zoekService.zoek(Zoekvraag.van(WOORD)).treffers())
                .anySatisfy(t -> assertThat(t.record().slug()).isEqualTo(slug));
        assertThat(mvc.perform(get("/api/zoeken").param("q", WOORD)).andReturn().getResponse().getContentAsString())
                .contains(slug);
        var gegevens = kennisbank.detail(slug).orElseThrow().gegevens();
        assertThat(gegevens.bewijsniveau()).isEqualTo(Bewijsniveau.ONGETOETST);
        assertThat(gegevens.reviewDatum()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(gegevens.themas()).containsExactly("motivatie", "bewegen-en-werk");
        assertThat(gegevens.treden()).containsExactly(2, 3);
        assertThat(gegevens.verwijzingen()).containsExactly("maatje-en-buddy");
        assertThat(gegevens.inhoud()).contains("## Aanpak", "## Resultaten", "7 van de 12");
        Afmelden.afmelden();
        UI.getCurrent().navigate("kennisbank/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Wandelcoaching Zwolle-Zuid");
        assertThat(_find(Html.class)).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("7 van de 12 deelnemers"));

        // every step is in the audit log
        assertThat(jdbc.queryForList("select actie from audit_regel where onderwerp like ? order by id", String.class,
                "bijdrage:" + id + "%")).containsExactly("bijdrage ingediend", "bijdrage in review",
                "bijdrage teruggestuurd", "bijdrage ingediend", "bijdrage goedgekeurd", "bijdrage gepubliceerd");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'kennisrecord gepubliceerd'"
                + " and onderwerp = ?", Long.class, "kennisrecord:" + slug)).isEqualTo(1);
    }

    @Test
    void a_concept_is_seen_by_its_author_only_and_a_shared_tip_by_every_member() {
        long concept = aanmelding.als("lid", Rol.LID, () -> bijdrageService.nieuw(BijdrageType.PRAKTIJKVOORBEELD));
        long tip = aanmelding.als("lid-b", Rol.LID, () -> {
            long id = bijdrageService.nieuw(BijdrageType.TIP);
            bijdrageService.bewaar(id, new nl.leernetwerk.leernetwerk.BijdrageGegevens("Bel op vrijdag",
                    null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    "Een belletje op vrijdag voorkomt verzuim op maandag."), 0);
            return id;
        });
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + concept);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + concept);
        assertThat(_get(H1.class).getText()).isEqualTo("Bijdrage zonder titel");

        UI.getCurrent().navigate("leernetwerk/bijdrage/" + tip);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        Afmelden.afmelden();
        aanmelding.als("lid-b", Rol.LID, () -> {
            bijdrageService.dienIn(tip, bijdrageService.bijdrage(tip).orElseThrow().versie());
            return null;
        });
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + tip);
        assertThat(_get(H1.class).getText()).isEqualTo("Bel op vrijdag");
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void two_redacteuren_at_once_the_second_is_told_in_dutch_and_nothing_is_overwritten() {
        long id = aanmelding.als("lid", Rol.LID, () -> {
            long nieuw = bijdrageService.nieuw(BijdrageType.PRAKTIJKVOORBEELD);
            long versie = bijdrageService.bewaar(nieuw, new nl.leernetwerk.leernetwerk.BijdrageGegevens(
                    "Gelijktijdig beoordeeld", "Een korte samenvatting.", null, null, List.of(), List.of(), List.of(),
                    List.of(), "Zo gingen we te werk.", null, null, null, null), 0);
            bijdrageService.dienIn(nieuw, versie);
            return nieuw;
        });
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        // meanwhile another redacteur returns it
        Afmelden.afmelden();
        aanmelding.als("redacteur-b", Rol.REDACTEUR, () -> {
            bijdrageService.stuurTerug(id, bijdrageService.bijdrage(id).orElseThrow().versie(), "Eerst bronnen erbij.");
            return null;
        });
        login(Rol.REDACTEUR);
        _click(_get(Button.class, spec -> spec.withText("Goedkeuren")));
        expectNotifications("Iemand anders heeft deze bijdrage intussen gewijzigd. Je invoer staat er nog; laad de"
                + " pagina opnieuw om de nieuwste versie te zien.");
        assertThat(jdbc.queryForObject("select status || '/' || feedback from bijdrage where id = ?", String.class, id))
                .isEqualTo("TERUGGESTUURD/Eerst bronnen erbij.");
        assertThat(jdbc.queryForObject("select gebruiker from audit_regel where actie = 'bijdrage teruggestuurd'"
                + " and onderwerp = ?", String.class, "bijdrage:" + id)).isEqualTo("redacteur-b");
    }
}
