package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Set;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The beheerder sets a user's e-mail address in Beheer > Gebruikers; a wrong one is refused in Dutch, keeping what was typed. */
class EmailBeheerTest extends KaribuTest {

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static void openEmail(String naam) {
        UI.getCurrent().navigate("beheer/gebruikers");
        Grid<GebruikerSummary> grid = _get(Grid.class, spec -> spec.withId("gebruikers"));
        int rij = IntStream.range(0, _size(grid)).filter(i -> GridKt._get(grid, i).gebruikersnaam().equals(naam))
                .findFirst().orElseThrow();
        Button knop = (Button) _getCellComponent(grid, rij, "email-actie");
        assertThat(knop.getAriaLabel()).contains("E-mailadres van " + naam);
        _click(knop);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_beheerder_sets_an_address_and_a_wrong_one_is_refused() {
        String naam = "post" + System.nanoTime() % 1_000_000;
        login(Rol.BEHEERDER);
        gebruikerService.maak(new NieuweGebruiker(naam, "Pim Post", "paars-fietswiel-op-dinsdag", Set.of(Rol.LID)));
        openEmail(naam);

        EmailField email = _get(EmailField.class, spec -> spec.withId("beheer-email"));
        _setValue(email, "pim@intranet");
        _click(_get(Button.class, spec -> spec.withId("beheer-email-opslaan")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Dit is geen geldig e-mailadres.");
        assertThat(email.getValue()).isEqualTo("pim@intranet");

        _setValue(email, "pim@voorbeeld.nl");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Meldingen ook per e-mail sturen")), false);
        _click(_get(Button.class, spec -> spec.withId("beheer-email-opslaan")));
        expectNotifications("Het e-mailadres van " + naam + " is opgeslagen.");
        assertThat(jdbc.queryForMap("select email, email_meldingen from gebruiker where gebruikersnaam = ?", naam))
                .containsEntry("email", "pim@voorbeeld.nl").containsEntry("email_meldingen", false);
        Grid<GebruikerSummary> grid = _get(Grid.class, spec -> spec.withId("gebruikers"));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(g -> g.gebruikersnaam().equals(naam)).findFirst().orElseThrow().email()).isEqualTo("pim@voorbeeld.nl");
        assertThat(jdbc.queryForList("select actie from audit_regel where onderwerp = ?", String.class, "gebruiker:" + naam))
                .contains("e-mailadres gewijzigd");
    }
}
