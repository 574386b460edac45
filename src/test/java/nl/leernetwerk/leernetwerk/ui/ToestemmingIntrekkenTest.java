package nl.leernetwerk.leernetwerk.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekvraag;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.NetwerkService;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NieuwLeerpunt;
import nl.leernetwerk.leernetwerk.Vorm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member quoted by name in a published leerpunt withdraws consent on the network page: the
 * kennisbank record is revised at once (who, why), so the public page and search no longer
 * have the name with the quote; the withdrawal is audited. Leaving the network does the same.
 */
// the Spring context of the other tests that publish records, so the records made here stay out of ZoekkwaliteitTest's index
@AutoConfigureMockMvc
class ToestemmingIntrekkenTest extends KaribuTest {

    private static final String WACHTWOORD = "paars-fietswiel-op-dinsdag";

    @Autowired
    private GebruikerService gebruikerService;

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

    @Autowired
    private RedactieService redactie;

    /** A network with the member, who consented, and a published leerpunt quoting the member by name. */
    private record Opzet(long netwerk, String slug) {}

    private Opzet gepubliceerdMetCitaatVan(String lid, String titel, String citaat) {
        aanmelding.als("beheerder", Rol.BEHEERDER, () -> gebruikerService.maak(new NieuweGebruiker(lid, "Test " + lid,
                WACHTWOORD, Set.of(Rol.LID))));
        long tip = aanmelding.als("lid", Rol.LID, () -> {
            long id = bijdrageService.nieuw(BijdrageType.TIP);
            long versie = bijdrageService.bewaar(id, new BijdrageGegevens("Tip bij " + titel, null, null, null,
                    List.of(), List.of(), List.of(), List.of(), null, null, null, null, "Korte tip."), 0);
            bijdrageService.dienIn(id, versie);
            return id;
        });
        long netwerk = aanmelding.als("redacteur", Rol.REDACTEUR, () -> netwerkService.maak(
                "Netwerk " + titel + " " + System.nanoTime(), "Drenthe", null));
        aanmelding.als(lid, Rol.LID, () -> {
            netwerkService.wordLid(netwerk);
            netwerkService.toestemming(netwerk, true);
            return null;
        });
        String slug = aanmelding.als("redacteur", Rol.REDACTEUR, () -> {
            long bijeenkomst = netwerkService.planBijeenkomst(netwerk, netwerkService.netwerk(netwerk).orElseThrow()
                    .versie(), LocalDate.now().plusDays(3), Vorm.FYSIEK, "Terugval voorkomen", "Assen");
            long leerpunt = netwerkService.schrijfLeerpunt(bijeenkomst, new NieuwLeerpunt(titel,
                    "Plan na de start een vast belmoment in.", "Gezien bij drie teams in Drenthe.", citaat, lid,
                    List.of(tip)));
            return netwerkService.publiceerLeerpunt(leerpunt);
        });
        return new Opzet(netwerk, slug);
    }

    private boolean gevonden(String woord, String slug) {
        return zoekService.zoek(Zoekvraag.van(woord)).treffers().stream().anyMatch(t -> t.record().slug().equals(slug));
    }

    @Test
    void withdrawn_consent_revises_the_published_leerpunt_at_once() {
        Opzet opzet = gepubliceerdMetCitaatVan("zwartsluis", "Vast belmoment na de start",
                "Dat ene telefoontje op vrijdag hield me binnen.");
        assertThat(kennisbank.detail(opzet.slug()).orElseThrow().gegevens().inhoud())
                .contains("> — zwartsluis");
        assertThat(gevonden("zwartsluis", opzet.slug())).isTrue();

        // the member withdraws consent on the network page
        login("zwartsluis", WACHTWOORD);
        UI.getCurrent().navigate("leernetwerk/netwerk/" + opzet.netwerk());
        Checkbox toestemming = _get(Checkbox.class, spec -> spec.withLabel(
                "Ik geef toestemming dat mijn naam bij een citaat van mij in een leerpunt staat"));
        assertThat(toestemming.getValue()).isTrue();
        _setValue(toestemming, false);
        expectNotifications("Je toestemming is ingetrokken; citaten van jou staan er voortaan zonder naam.");

        // the published text, its search index and the public page no longer name the member with the quote
        String inhoud = kennisbank.detail(opzet.slug()).orElseThrow().gegevens().inhoud();
        assertThat(inhoud).doesNotContain("zwartsluis").contains("> Dat ene telefoontje op vrijdag hield me binnen.",
                "> — een deelnemer");
        assertThat(gevonden("zwartsluis", opzet.slug())).isFalse();
        assertThat(gevonden("telefoontje vrijdag", opzet.slug())).isTrue();
        Afmelden.afmelden();
        UI.getCurrent().navigate("kennisbank/" + opzet.slug());
        assertThat(_get(H1.class).getText()).isEqualTo("Vast belmoment na de start");
        assertThat(_find(Html.class)).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("een deelnemer"));
        assertThat(_find(Html.class)).allSatisfy(h -> assertThat(h.getInnerHtml()).doesNotContain("zwartsluis"));

        // a new revision: who and why; and the withdrawal is audited
        assertThat(jdbc.queryForMap("select r.door, r.omschrijving, r.klein from kennisrecord_revisie r join kennisrecord k"
                + " on k.id = r.kennisrecord_id where k.slug = ? order by r.nummer desc limit 1", opzet.slug()))
                .containsEntry("door", "zwartsluis")
                .containsEntry("omschrijving", "Naam bij een citaat weggehaald: het lid heeft de toestemming ingetrokken")
                .containsEntry("klein", true);
        assertThat(jdbc.queryForList("select actie from audit_regel where gebruiker = 'zwartsluis' order by id",
                String.class)).containsSubsequence("toestemming citaat ingetrokken", "kennisrecord gewijzigd",
                "citaat geanonimiseerd");

        // a redacteur restoring the named revision does not bring the name back
        aanmelding.als("redacteur", Rol.REDACTEUR, () -> {
            redactie.herstel(opzet.slug(), 1, redactie.bewerkbaar(opzet.slug()).orElseThrow().versie());
            return null;
        });
        assertThat(kennisbank.detail(opzet.slug()).orElseThrow().gegevens().inhoud()).doesNotContain("zwartsluis")
                .contains("> — een deelnemer");
        assertThat(gevonden("zwartsluis", opzet.slug())).isFalse();
        assertThat(jdbc.queryForList("select r.door || ': ' || r.omschrijving from kennisrecord_revisie r join kennisrecord k"
                + " on k.id = r.kennisrecord_id where k.slug = ? order by r.nummer", String.class, opzet.slug()))
                .containsExactly("redacteur: Leerpunt van " + jdbc.queryForObject("select naam from netwerk where id = ?",
                        String.class, opzet.netwerk()) + " gepubliceerd",
                        "zwartsluis: Naam bij een citaat weggehaald: het lid heeft de toestemming ingetrokken",
                        "redacteur: Revisie 1 hersteld",
                        "redacteur: Naam bij een citaat weggehaald: het lid heeft de toestemming ingetrokken");
    }

    @Test
    void leaving_the_network_takes_the_name_out_as_well() {
        Opzet opzet = gepubliceerdMetCitaatVan("ommerschans", "Samen starten bij de werkgever",
                "Met z'n tweeën beginnen voelde veiliger.");
        assertThat(gevonden("ommerschans", opzet.slug())).isTrue();
        login("ommerschans", WACHTWOORD);
        UI.getCurrent().navigate("leernetwerk/netwerk/" + opzet.netwerk());
        _click(_get(Button.class, spec -> spec.withText("Netwerk verlaten")));
        // asked first: cancelling changes nothing
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(gevonden("ommerschans", opzet.slug())).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Netwerk verlaten")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(kennisbank.detail(opzet.slug()).orElseThrow().gegevens().inhoud()).doesNotContain("ommerschans")
                .contains("> — een deelnemer");
        assertThat(gevonden("ommerschans", opzet.slug())).isFalse();
    }
}
