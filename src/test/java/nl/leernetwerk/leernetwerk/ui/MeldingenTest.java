package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.MeldingWeergave;
import nl.leernetwerk.leernetwerk.ReactieService;
import nl.leernetwerk.leernetwerk.ReactieWeergave;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** Following and notifications: new and changed records, small changes kept quiet, comments to their author. */
// the Spring context of the other tests that publish records (with MockMvc), so that the records made
// here stay out of the index ZoekkwaliteitTest measures
@AutoConfigureMockMvc
class MeldingenTest extends KaribuTest {

    @Autowired
    private RedactieService redactie;

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private ReactieService reactieService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private List<String> meldingenVan(String gebruiker) {
        return jdbc.queryForList("select tekst from melding where ontvanger = ? order by id", String.class, gebruiker);
    }

    private String publiceer(String titel, List<String> themas, List<String> elementen) {
        return aanmelding.als("redacteur", Rol.REDACTEUR, () -> redactie.publiceer(new KennisrecordGegevens(
                KennisType.PRAKTIJKVOORBEELD, RedactieService.slugVan(titel), titel, null, null, null, null, null, null,
                null, null, null, null, themas, List.of(), List.of(), List.of(), List.of(), elementen, List.of(),
                "## Aanpak\n\nZo."), "Nieuw"));
    }

    private void bewerk(String slug, boolean klein) {
        aanmelding.als("redacteur", Rol.REDACTEUR, () -> {
            RedactieService.Bewerkbaar b = redactie.bewerkbaar(slug).orElseThrow();
            redactie.bewerk(slug, b.tekst() + "\nNog een zin.", b.versie(), klein ? "Tikfout" : "Aangevuld", klein);
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void followers_of_a_werkzaam_element_or_a_thema_hear_of_new_and_changed_records_but_not_of_small_changes() {
        login(Rol.LID);
        UI.getCurrent().navigate("kennisbank/eerst-gesprek-dan-sanctie");
        Button volg = _get(Button.class, spec -> spec.withId("volg"));
        if (volg.getText().equals("Niet meer volgen")) {
            _click(volg);
        }
        _click(volg);
        assertThat(volg.getText()).isEqualTo("Niet meer volgen");
        UI.getCurrent().navigate("leernetwerk/meldingen");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Thema")), "groepstraining");
        _click(_get(Button.class, spec -> spec.withText("Thema volgen")));
        expectNotifications("Je volgt dit nu; je krijgt een melding bij nieuwe en gewijzigde kennis.");
        assertThat(_get(Grid.class, spec -> spec.withId("gevolgd")).getGenericDataView().getItems()
                .map(Object::toString)).contains("Gevolgd[soort=THEMA, waarde=groepstraining]",
                "Gevolgd[soort=WERKZAAM_ELEMENT, waarde=eerst-gesprek-dan-sanctie]");

        Afmelden.afmelden();
        String element = publiceer("Elementproef Meppel", List.of(), List.of("eerst-gesprek-dan-sanctie"));
        String thema = publiceer("Themaproef Lelystad", List.of("groepstraining"), List.of());
        publiceer("Niet gevolgd Assen", List.of("iets-anders"), List.of());
        bewerk(element, true);
        bewerk(thema, false);

        assertThat(meldingenVan("lid")).contains("Nieuw in de kennisbank: Elementproef Meppel",
                "Nieuw in de kennisbank: Themaproef Lelystad", "Gewijzigd in de kennisbank: Themaproef Lelystad")
                .doesNotContain("Gewijzigd in de kennisbank: Elementproef Meppel")
                .noneMatch(m -> m.contains("Niet gevolgd Assen"));
        assertThat(meldingenVan("redacteur")).noneMatch(m -> m.contains("Elementproef Meppel"));

        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/meldingen");
        long ongelezen = jdbc.queryForObject("select count(*) from melding where ontvanger = 'lid' and not gelezen",
                Long.class);
        assertThat(_get(Span.class, spec -> spec.withId("meldingen-aantal")).getText()).isEqualTo(String.valueOf(ongelezen));
        Grid<MeldingWeergave> meldingen = _get(Grid.class, spec -> spec.withId("meldingen"));
        assertThat(meldingen.getGenericDataView().getItems().map(MeldingWeergave::tekst))
                .contains("Gewijzigd in de kennisbank: Themaproef Lelystad");
        _click(_get(Button.class, spec -> spec.withText("Alles als gelezen markeren")));
        UI.getCurrent().navigate("leernetwerk/meldingen");
        assertThat(_find(Span.class, spec -> spec.withId("meldingen-aantal"))).isEmpty();
    }

    @Test
    void a_comment_notifies_the_author_of_the_contribution_and_a_reply_the_commenter() {
        String slug = aanmelding.als("lid", Rol.LID, () -> {
            long id = bijdrageService.nieuw(BijdrageType.PRAKTIJKVOORBEELD);
            long versie = bijdrageService.bewaar(id, new BijdrageGegevens("Reactieproef Goes", "Samenvatting.", null,
                    null, List.of(), List.of(), List.of(), List.of(), "Aanpak.", null, null, null, null), 0);
            bijdrageService.dienIn(id, versie);
            return id;
        }).toString();
        long bijdrage = Long.parseLong(slug);
        String gepubliceerd = aanmelding.als("redacteur", Rol.REDACTEUR, () -> bijdrageService.keurGoed(bijdrage,
                bijdrageService.bijdrage(bijdrage).orElseThrow().versie(), Bewijsniveau.ONGETOETST, LocalDate.now()))
                .orElseThrow();
        assertThat(meldingenVan("lid")).contains("Je bijdrage \"Reactieproef Goes\" is gepubliceerd in de kennisbank.");

        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("kennisbank/" + gepubliceerd);
        _click(_get(Button.class, spec -> spec.withText("Reactie plaatsen")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Nieuwe reactie")).getErrorMessage())
                .isEqualTo("Schrijf eerst je reactie.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Nieuwe reactie")), "Mooi! <script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withText("Reactie plaatsen")));
        expectNotifications("Je reactie is geplaatst.");
        assertThat(meldingenVan("lid")).contains("redacteur reageerde op Reactieproef Goes");

        login(Rol.LID);
        UI.getCurrent().navigate("kennisbank/" + gepubliceerd);
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("<script>alert");
        _click(_get(Button.class, spec -> spec.withText("Beantwoorden")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Je antwoord")), "Dank je!");
        _click(_get(Button.class, spec -> spec.withText("Antwoord plaatsen")));
        expectNotifications("Je reactie is geplaatst.");
        assertThat(meldingenVan("redacteur")).contains("lid reageerde op Reactieproef Goes");
        List<ReactieWeergave> draad = aanmelding.als("lid", Rol.LID, () -> reactieService.bijRecord(gepubliceerd));
        assertThat(draad).extracting(r -> r.diepte() + " " + r.auteur()).containsExactly("0 redacteur", "1 lid");

        Afmelden.afmelden();
        UI.getCurrent().navigate("kennisbank/" + gepubliceerd);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Reactieproef Goes");
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("volg"))).isEmpty();
    }
}
