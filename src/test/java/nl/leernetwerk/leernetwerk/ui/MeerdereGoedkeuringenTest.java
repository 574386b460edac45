package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.AccountFout;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekvraag;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Review with two approvals, through the views: the author (a member who is also a redacteur)
 * cannot approve her own contribution, the first redacteur's approval does not publish and says so
 * to author and redactie, the same redacteur cannot approve twice, the second one publishes.
 */
@TestPropertySource(properties = "leernetwerk.review.goedkeuringen=2")
class MeerdereGoedkeuringenTest extends KaribuTest {

    private static final String WOORD = "kraanvogelroute";
    private static final String WACHTWOORD = "paars-fietswiel-op-dinsdag";

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private KennisbankService kennisbank;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private void gebruiker(String naam, Set<Rol> rollen) {
        aanmelding.als("beheerder", Rol.BEHEERDER, () -> {
            try {
                return gebruikerService.maak(new NieuweGebruiker(naam, "Test " + naam, WACHTWOORD, rollen));
            } catch (AccountFout bestaatAl) {
                return 0L;
            }
        });
    }

    private String goedkeuringen() {
        return _get(Span.class, spec -> spec.withId("goedkeuringen")).getText();
    }

    private void keurGoedInHetScherm() {
        _setValue(_get(Select.class, spec -> spec.withLabel("Bewijsniveau")), Bewijsniveau.GOED_BESCHREVEN);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Reviewdatum")), LocalDate.of(2026, 11, 23));
        _click(_get(Button.class, spec -> spec.withText("Goedkeuren")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_first_approval_waits_for_a_second_redacteur_who_publishes() {
        gebruiker("rianne", Set.of(Rol.LID, Rol.REDACTEUR));
        gebruiker("redacteur-twee", Set.of(Rol.REDACTEUR));

        // the author writes and submits through the form
        login("rianne", WACHTWOORD);
        UI.getCurrent().navigate("leernetwerk");
        _setValue(_get(Select.class, spec -> spec.withLabel("Soort bijdrage")), BijdrageType.PRAKTIJKVOORBEELD);
        _click(_get(Button.class, spec -> spec.withText("Beginnen")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("leernetwerk/bijdrage/", ""));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Samen de Kraanvogelroute lopen");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Samenvatting (1 tot 3 zinnen)")),
                "Werkzoekenden lopen samen de " + WOORD + " en oefenen onderweg sollicitatiegesprekken.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Aanpak")), "Twee keer per week, in tweetallen.");
        _click(_get(Button.class, spec -> spec.withText("Indienen bij de redactie")));
        expectNotifications("Je bijdrage is ingediend. De redactie bekijkt hem en laat van zich horen.");
        assertThat(goedkeuringen()).isEqualTo("Goedkeuringen: 0 van de 2 die nodig zijn. De bijdrage wacht op nog 2"
                + " goedkeuringen van de redactie.");

        // the author is a redacteur too, but gets no review panel and the service refuses her approval
        assertThat(_find(Button.class, spec -> spec.withText("Goedkeuren"))).isEmpty();
        long versie = bijdrageService.bijdrage(id).orElseThrow().versie();
        assertThatThrownBy(() -> bijdrageService.keurGoed(id, versie, Bewijsniveau.GOED_BESCHREVEN, LocalDate.now()))
                .isInstanceOf(OngeldigeBijdrageException.class)
                .hasMessage("Je kunt je eigen bijdrage niet goedkeuren.");

        // the first redacteur approves: not published yet, and the page says one more is needed
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        keurGoedInHetScherm();
        expectNotifications("Goedgekeurd. Voor publicatie is nog één goedkeuring van een andere redacteur nodig.");
        assertThat(goedkeuringen()).isEqualTo("Goedkeuringen: 1 van de 2 die nodig zijn. De bijdrage wacht op nog één"
                + " goedkeuring van de redactie.");
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).contains("In review");
        assertThat(_get(Paragraph.class, spec -> spec.withId("goedgekeurd-door")).getText())
                .isEqualTo("Goedgekeurd door: redacteur");
        assertThat(zoekService.zoek(Zoekvraag.van(WOORD)).totaal()).isZero();
        assertThat(kennisbank.detail("samen-de-kraanvogelroute-lopen")).isEmpty();

        // ... and cannot approve a second time: the button is off and the service refuses
        assertThat(_get(Button.class, spec -> spec.withText("Goedkeuren")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("al-goedgekeurd")).getText())
                .isEqualTo("Je hebt deze bijdrage al goedgekeurd. Een andere redacteur moet hem ook goedkeuren.");
        long na = bijdrageService.bijdrage(id).orElseThrow().versie();
        assertThatThrownBy(() -> bijdrageService.keurGoed(id, na, Bewijsniveau.GOED_BESCHREVEN, LocalDate.now()))
                .isInstanceOf(OngeldigeBijdrageException.class)
                .hasMessage("Je hebt deze bijdrage al goedgekeurd. Een andere redacteur moet hem ook goedkeuren.");
        assertThat(jdbc.queryForObject("select count(*) from bijdrage_goedkeuring where bijdrage_id = ?", Long.class, id))
                .isEqualTo(1);

        // the author sees where it stands
        login("rianne", WACHTWOORD);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        assertThat(goedkeuringen()).contains("1 van de 2", "nog één goedkeuring");

        // the second redacteur approves: published, found by search and shown to anonymous visitors
        login("redacteur-twee", WACHTWOORD);
        UI.getCurrent().navigate("leernetwerk/bijdrage/" + id);
        keurGoedInHetScherm();
        expectNotifications("Goedgekeurd en gepubliceerd in de kennisbank.");
        assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).contains("Gepubliceerd");
        assertThat(_find(Span.class, spec -> spec.withId("goedkeuringen"))).isEmpty();
        String slug = jdbc.queryForObject("select kennisrecord_slug from bijdrage where id = ?", String.class, id);
        assertThat(slug).isEqualTo("samen-de-kraanvogelroute-lopen");
        assertThat(zoekService.zoek(Zoekvraag.van(WOORD)).treffers())
                .anySatisfy(t -> assertThat(t.record().slug()).isEqualTo(slug));
        Afmelden.afmelden();
        UI.getCurrent().navigate("kennisbank/" + slug);
        assertThat(_get(H1.class).getText()).isEqualTo("Samen de Kraanvogelroute lopen");
        assertThat(_find(Html.class)).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("in tweetallen"));
        assertThat(jdbc.queryForList("select gebruiker from audit_regel where actie = 'bijdrage goedgekeurd'"
                + " and onderwerp = ? order by id", String.class, "bijdrage:" + id))
                .containsExactly("redacteur", "redacteur-twee");
    }
}
