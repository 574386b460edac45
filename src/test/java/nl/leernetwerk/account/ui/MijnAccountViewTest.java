package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.account.SessieBeheer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

class MijnAccountViewTest extends KaribuTest {

    private static final String OUD = "paars-fietswiel-op-dinsdag";
    private static final String NIEUW = "groene-kano-in-de-gracht";

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private SessionRegistry sessionRegistry;

    @Autowired
    private SessieBeheer sessieBeheer;

    @Autowired
    private UserDetailsService userDetailsService;

    private String eigenAccount() {
        String naam = "mira" + System.nanoTime();
        login(Rol.BEHEERDER);
        gebruikerService.maak(new NieuweGebruiker(naam, "Mira Mens", OUD, Set.of(Rol.LID)));
        login(naam, OUD);
        UI.getCurrent().navigate("account");
        return naam;
    }

    private PasswordField veld(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private void wijzig(String huidig, String nieuw, String herhaal) {
        _setValue(veld("wachtwoord-huidig"), huidig);
        _setValue(veld("wachtwoord-nieuw"), nieuw);
        _setValue(veld("wachtwoord-herhaal"), herhaal);
        _click(_get(Button.class, spec -> spec.withId("wachtwoord-wijzig")));
    }

    @Test
    void each_wrong_input_is_explained_in_dutch_and_kept() {
        eigenAccount();

        wijzig(OUD, "qwerty123456", "qwerty123456");
        assertThat(veld("wachtwoord-nieuw").getErrorMessage()).startsWith("Dit wachtwoord is te makkelijk te raden");
        assertThat(veld("wachtwoord-nieuw").getValue()).isEqualTo("qwerty123456");

        wijzig(OUD, NIEUW, NIEUW + "x");
        assertThat(veld("wachtwoord-herhaal").getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");

        wijzig("niet-mijn-wachtwoord", NIEUW, NIEUW);
        assertThat(veld("wachtwoord-huidig").getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");
        assertThat(veld("wachtwoord-nieuw").getValue()).isEqualTo(NIEUW);
    }

    @Test
    void a_changed_password_works_the_old_one_no_longer_and_the_change_is_audited() {
        String naam = eigenAccount();

        wijzig(OUD, NIEUW, NIEUW);

        expectNotifications("Je wachtwoord is gewijzigd.");
        assertThat(veld("wachtwoord-nieuw").getValue()).isEmpty();
        login(naam, NIEUW);
        assertThatThrownBy(() -> login(naam, OUD)).isInstanceOf(BadCredentialsException.class);
        login(Rol.BEHEERDER);
        assertThat(auditLog.over("gebruiker:" + naam)).extracting(AuditLog.Regel::actie)
                .containsExactly("gebruiker aangemaakt: LID", "wachtwoord gewijzigd");
    }

    @Test
    void logout_everywhere_expires_the_users_other_sessions() {
        String naam = eigenAccount();
        Object principal = userDetailsService.loadUserByUsername(naam);
        sessionRegistry.registerNewSession("andere-browser-" + naam, principal);
        sessionRegistry.registerNewSession("telefoon-" + naam, principal);
        assertThat(sessieBeheer.aantalSessies(naam)).isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withId("overal-uitloggen")));

        assertThat(sessieBeheer.aantalSessies(naam)).isZero();
        assertThat(sessionRegistry.getSessionInformation("telefoon-" + naam).isExpired()).isTrue();
        login(Rol.BEHEERDER);
        assertThat(auditLog.over("gebruiker:" + naam)).extracting(AuditLog.Regel::actie)
                .contains("overal uitgelogd (2 sessies)");
    }
}
