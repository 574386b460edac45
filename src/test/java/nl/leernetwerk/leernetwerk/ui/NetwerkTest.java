package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekvraag;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageSamenvatting;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.NetwerkService;
import nl.leernetwerk.leernetwerk.Vorm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A network through the UI: a member starts it with a facilitator, who plans a meeting; members
 * post questions before it; the facilitator writes a leerpunt from a shared tip with a member's
 * quote, named only after that member consented; the redactie publishes it to the kennisbank.
 */
// the Spring context of the other tests that publish records (with MockMvc), so that the records made
// here stay out of the index ZoekkwaliteitTest measures
@AutoConfigureMockMvc
class NetwerkTest extends KaribuTest {

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private NetwerkService netwerkService;

    @Autowired
    private KennisbankService kennisbank;

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_network_meets_collects_questions_and_publishes_a_leerpunt_with_a_consented_quote() {
        long tip = aanmelding.als("lid", Rol.LID, () -> {
            long id = bijdrageService.nieuw(BijdrageType.TIP);
            long versie = bijdrageService.bewaar(id, new BijdrageGegevens("Eén vast aanspreekpunt voor de werkgever",
                    null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                    "Werkgevers haken af als ze steeds een ander aan de lijn krijgen."), 0);
            bijdrageService.dienIn(id, versie);
            return id;
        });
        String naam = "Netwerk Twente " + System.nanoTime();

        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk");
        _click(_get(Button.class, spec -> spec.withText("Netwerk starten")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Naam van het netwerk")).getErrorMessage())
                .isEqualTo("Geef het netwerk een naam.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van het netwerk")), naam);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Regio")), "Twente");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Facilitator")), "redacteur");
        _click(_get(Button.class, spec -> spec.withText("Netwerk starten")));
        assertThat(_get(H1.class).getText()).isEqualTo(naam);
        String netwerkPad = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("leden")).getElement().getTextRecursively())
                .contains("lid", "redacteur");

        login(Rol.REDACTEUR);
        UI.getCurrent().navigate(netwerkPad);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.now().plusDays(7));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Thema")), "Werkgevers betrekken");
        _click(_get(Button.class, spec -> spec.withText("Bijeenkomst plannen")));
        expectNotifications("De bijeenkomst is gepland.");
        Grid<Object> bijeenkomsten = _get(Grid.class, spec -> spec.withId("bijeenkomsten"));
        assertThat(_size(bijeenkomsten)).isEqualTo(1);
        long bijeenkomst = jdbc.queryForObject("select b.id from netwerk_bijeenkomst b join netwerk n on n.id = b.netwerk_id"
                + " where n.naam = ?", Long.class, naam);

        // a member asks a question before the meeting; the facilitator hears of it
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + bijeenkomst);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Nieuwe reactie")), "Hoe houden we werkgevers vast?");
        _click(_get(Button.class, spec -> spec.withText("Reactie plaatsen")));
        expectNotifications("Je reactie is geplaatst.");
        assertThat(jdbc.queryForList("select tekst from melding where ontvanger = 'redacteur'", String.class))
                .contains("lid stelde een vraag voor de bijeenkomst van " + naam + " over Werkgevers betrekken");

        // the facilitator writes a leerpunt from the shared tip, with the member's quote
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + bijeenkomst);
        _click(_get(Button.class, spec -> spec.withText("Leerpunt opslaan")));
        expectNotifications("Vul titel, leerpunt en reikwijdte in.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel van het leerpunt")),
                "Werkgevers willen één vast aanspreekpunt");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Leerpunt")),
                "Spreek per werkgever één contactpersoon af, ook bij vakantie.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reikwijdte")),
                "Gezien bij kleine werkgevers in Twente; niet getoetst bij grote werkgevers.");
        MultiSelectComboBox<BijdrageSamenvatting> bronnen = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Uit welke bijdragen komt het?"));
        BijdrageSamenvatting deTip = bronnen.getGenericDataView().getItems().filter(b -> b.id() == tip).findFirst()
                .orElseThrow();
        _setValue(bronnen, Set.of(deTip));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Citaat (optioneel)")), "Bel gewoon even, dat werkt.");
        _setValue(_get(Select.class, spec -> spec.withLabel("Citaat van")), "lid");
        _click(_get(Button.class, spec -> spec.withText("Leerpunt opslaan")));
        expectNotifications("Het leerpunt is opgeslagen.");
        assertThat(_get(Paragraph.class, spec -> spec.withText("“Bel gewoon even, dat werkt.” — een deelnemer"))
                .isVisible()).isTrue();
        assertThat(_get(ListItem.class, spec -> spec.withText("Eén vast aanspreekpunt voor de werkgever")).isVisible())
                .isTrue();

        // the member consents: now named
        login(Rol.LID);
        UI.getCurrent().navigate(netwerkPad);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "Ik geef toestemming dat mijn naam bij een citaat van mij in een leerpunt staat")), true);
        expectNotifications("Je toestemming is vastgelegd.");
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + bijeenkomst);
        assertThat(_get(Paragraph.class, spec -> spec.withText("“Bel gewoon even, dat werkt.” — lid")).isVisible())
                .isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Publiceren in de kennisbank"))).isEmpty();

        // the redactie publishes it: a kennisrecord of type leerpunt, with its scope note, in search at once
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + bijeenkomst);
        _click(_get(Button.class, spec -> spec.withText("Publiceren in de kennisbank")));
        expectNotifications("Het leerpunt is gepubliceerd in de kennisbank.");
        String slug = jdbc.queryForObject("select kennisrecord_slug from leerpunt where titel = ?", String.class,
                "Werkgevers willen één vast aanspreekpunt");
        var record = kennisbank.detail(slug).orElseThrow().gegevens();
        assertThat(record.type()).isEqualTo(KennisType.LEERPUNT);
        assertThat(record.organisatie()).isEqualTo(naam);
        assertThat(record.inhoud()).contains("## Reikwijdte", "niet getoetst bij grote werkgevers",
                "- Eén vast aanspreekpunt voor de werkgever", "> Bel gewoon even, dat werkt.", "> — lid");
        assertThat(zoekService.zoek(Zoekvraag.van("aanspreekpunt werkgevers")).treffers())
                .anySatisfy(t -> assertThat(t.record().slug()).isEqualTo(slug));
        Afmelden.afmelden();
        UI.getCurrent().navigate("kennisbank/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Werkgevers willen één vast aanspreekpunt");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'toestemming citaat gegeven'",
                Long.class)).isPositive();
    }

    @Test
    void questions_are_for_members_and_close_when_the_meeting_has_been() {
        long netwerk = aanmelding.als("redacteur", Rol.REDACTEUR, () -> netwerkService.maak(
                "Netwerk Limburg " + System.nanoTime(), "Limburg", null));
        long geweest = aanmelding.als("redacteur", Rol.REDACTEUR, () -> netwerkService.planBijeenkomst(netwerk,
                netwerkService.netwerk(netwerk).orElseThrow().versie(), LocalDate.now().minusDays(1), Vorm.FYSIEK,
                "Terugblik", "Heerlen"));
        login(Rol.LID);
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + geweest);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Alleen leden van het netwerk zien de vragen. Word lid op de pagina van het netwerk.")).isVisible()).isTrue();
        UI.getCurrent().navigate("leernetwerk/netwerk/" + netwerk);
        _click(_get(Button.class, spec -> spec.withText("Lid worden")));
        expectNotifications("Je bent lid van dit netwerk.");
        UI.getCurrent().navigate("leernetwerk/netwerk/bijeenkomst/" + geweest);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Nieuwe reactie"))).isEmpty();
    }
}
