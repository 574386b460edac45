package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The beheerder creates accounts and changes roles; both audited; a concurrent change is never overwritten. */
class GebruikersBeheerTest extends KaribuTest {

    private static final AtomicInteger TELLER = new AtomicInteger();

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private AuditLog auditLog;

    private static String uniek(String naam) {
        return naam + TELLER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    @SuppressWarnings("unchecked")
    private void vulNieuweGebruiker(String gebruikersnaam, String naam, String wachtwoord, Set<Rol> rollen) {
        _setValue(_get(TextField.class, spec -> spec.withId("nieuw-gebruikersnaam")), gebruikersnaam);
        _setValue(_get(TextField.class, spec -> spec.withId("nieuw-naam")), naam);
        _setValue(_get(PasswordField.class, spec -> spec.withId("nieuw-wachtwoord")), wachtwoord);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("nieuw-rollen")), rollen);
    }

    @Test
    void a_weak_password_is_refused_in_dutch_and_everything_typed_stays() {
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/gebruikers");
        _click(_get(Button.class, spec -> spec.withId("nieuwe-gebruiker")));
        String naam = uniek("karel");

        vulNieuweGebruiker(naam, "Karel Kort", "wachtwoord123", Set.of(Rol.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("nieuw-opslaan")));

        PasswordField wachtwoord = _get(PasswordField.class, spec -> spec.withId("nieuw-wachtwoord"));
        assertThat(wachtwoord.isInvalid()).isTrue();
        assertThat(wachtwoord.getErrorMessage()).startsWith("Dit wachtwoord is te makkelijk te raden");
        assertThat(wachtwoord.getValue()).isEqualTo("wachtwoord123");
        assertThat(_get(TextField.class, spec -> spec.withId("nieuw-naam")).getValue()).isEqualTo("Karel Kort");

        _setValue(wachtwoord, "kort");
        _click(_get(Button.class, spec -> spec.withId("nieuw-opslaan")));
        assertThat(wachtwoord.getErrorMessage()).isEqualTo("Een wachtwoord heeft minstens 12 tekens.");

        _setValue(wachtwoord, naam + "-geheim");
        _click(_get(Button.class, spec -> spec.withId("nieuw-opslaan")));
        assertThat(wachtwoord.getErrorMessage()).isEqualTo("Het wachtwoord mag de gebruikersnaam niet bevatten.");
        assertThat(gebruikerService.alleGebruikers()).noneMatch(g -> g.gebruikersnaam().equals(naam));
    }

    @Test
    void a_new_account_can_log_in_and_its_creation_is_audited() {
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/gebruikers");
        _click(_get(Button.class, spec -> spec.withId("nieuwe-gebruiker")));
        String naam = uniek("karel");

        vulNieuweGebruiker(naam, "Karel de Trainer", "paars-fietswiel-op-dinsdag", Set.of(Rol.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("nieuw-opslaan")));

        expectNotifications("Gebruiker " + naam + " is aangemaakt.");
        assertThat(auditLog.over("gebruiker:" + naam)).singleElement()
                .satisfies(r -> {
                    assertThat(r.gebruiker()).isEqualTo("beheerder");
                    assertThat(r.actie()).isEqualTo("gebruiker aangemaakt: TRAINER");
                });
        login(naam, "paars-fietswiel-op-dinsdag");
        UI.getCurrent().navigate("trainingen");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("trainingen");
    }

    @Test
    void a_taken_user_name_is_refused_at_its_field() {
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/gebruikers");
        _click(_get(Button.class, spec -> spec.withId("nieuwe-gebruiker")));

        vulNieuweGebruiker("Trainer", "Nog een trainer", "paars-fietswiel-op-dinsdag", Set.of(Rol.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("nieuw-opslaan")));

        TextField veld = _get(TextField.class, spec -> spec.withId("nieuw-gebruikersnaam"));
        assertThat(veld.getErrorMessage()).isEqualTo("De gebruikersnaam Trainer bestaat al.");
        assertThat(veld.getValue()).isEqualTo("Trainer");
    }

    private long maakGebruiker(String naam, Rol rol) {
        login(Rol.BEHEERDER);
        return gebruikerService.maak(new NieuweGebruiker(naam, "Test " + naam, "paars-fietswiel-op-dinsdag", Set.of(rol)));
    }

    private void openRollen(String naam) {
        UI.getCurrent().navigate("beheer/gebruikers");
        @SuppressWarnings("unchecked")
        Grid<GebruikerSummary> grid = _get(Grid.class, spec -> spec.withId("gebruikers"));
        int rij = IntStream.range(0, _size(grid)).filter(i -> GridKt._get(grid, i).gebruikersnaam().equals(naam))
                .findFirst().orElseThrow();
        Button knop = (Button) _getCellComponent(grid, rij, "acties");
        assertThat(knop.getAriaLabel()).contains("Rollen van " + naam + " wijzigen");
        _click(knop);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_role_change_is_audited_with_old_and_new_roles() {
        String naam = uniek("rolf");
        maakGebruiker(naam, Rol.LID);
        openRollen(naam);

        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("rollen-keuze")), Set.of(Rol.LID, Rol.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("rollen-opslaan")));

        expectNotifications("De rollen van " + naam + " zijn gewijzigd.");
        assertThat(gebruikerService.alleGebruikers()).filteredOn(g -> g.gebruikersnaam().equals(naam))
                .singleElement().extracting(GebruikerSummary::rollen).isEqualTo(Set.of(Rol.LID, Rol.TRAINER));
        assertThat(auditLog.over("gebruiker:" + naam)).extracting(AuditLog.Regel::actie)
                .containsExactly("gebruiker aangemaakt: LID", "rollen gewijzigd: LID → TRAINER, LID");
    }

    @Test
    @SuppressWarnings("unchecked")
    void two_beheerders_change_one_user_and_the_second_save_is_refused_with_an_offer_to_reload() {
        String naam = uniek("conflict");
        long id = maakGebruiker(naam, Rol.LID);
        openRollen(naam);
        CheckboxGroup<Rol> keuze = _get(CheckboxGroup.class, spec -> spec.withId("rollen-keuze"));
        _setValue(keuze, Set.of(Rol.REDACTEUR));

        // meanwhile another beheerder, in another session, makes the user a trainer
        GebruikerSummary gelezen = gebruikerService.gebruiker(id);
        gebruikerService.wijzigRollen(id, gelezen.versie(), Set.of(Rol.TRAINER));
        _click(_get(Button.class, spec -> spec.withId("rollen-opslaan")));

        Paragraph conflict = _get(Paragraph.class, spec -> spec.withId("rollen-conflict"));
        assertThat(conflict.getText()).startsWith("Iemand anders heeft deze gebruiker intussen gewijzigd.");
        assertThat(keuze.getValue()).containsExactly(Rol.REDACTEUR);
        assertThat(gebruikerService.gebruiker(id).rollen()).containsExactly(Rol.TRAINER);

        _click(_get(Button.class, spec -> spec.withId("rollen-herlaad")));
        assertThat(keuze.getValue()).containsExactly(Rol.TRAINER);
        assertThat(conflict.isVisible()).isFalse();
        _setValue(keuze, Set.of(Rol.REDACTEUR));
        _click(_get(Button.class, spec -> spec.withId("rollen-opslaan")));
        assertThat(gebruikerService.gebruiker(id).rollen()).containsExactly(Rol.REDACTEUR);
        assertThat(_find(Paragraph.class, spec -> spec.withId("rollen-conflict"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_beheerder_cannot_take_away_their_own_beheer_role() {
        login(Rol.BEHEERDER);
        openRollen("beheerder");

        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("rollen-keuze")), Set.of(Rol.LID));
        _click(_get(Button.class, spec -> spec.withId("rollen-opslaan")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("rollen-conflict")).getText())
                .startsWith("Je kunt je eigen rol Beheerder niet afnemen");
    }
}
