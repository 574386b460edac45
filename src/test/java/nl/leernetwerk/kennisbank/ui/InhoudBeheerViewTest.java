package nl.leernetwerk.kennisbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;

class InhoudBeheerViewTest extends KaribuTest {

    @Test
    void a_redacteur_reads_the_content_folder_again_and_sees_nothing_changed() {
        login(Rol.REDACTEUR);
        UI.getCurrent().navigate("beheer/inhoud");

        _click(_get(Button.class, spec -> spec.withText("Opnieuw inlezen")));

        expectNotifications("Ingelezen: 0 nieuw, 0 gewijzigd, 239 ongewijzigd.");
    }

    @Test
    void a_beheerder_sees_that_index_and_database_agree_and_can_rebuild_the_index() {
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/inhoud");
        assertThat(_get(Paragraph.class, spec -> spec.withId("index-stand")).getText())
                .matches("De zoekindex bevat (\\d+) records; de database (\\1)\\.");

        _click(_get(Button.class, spec -> spec.withText("Zoekindex opnieuw opbouwen")));

        expectNotifications("De zoekindex is opnieuw opgebouwd.");
    }

    @Test
    void trainers_and_anonymous_visitors_cannot_manage_content() {
        UI.getCurrent().navigate("beheer/inhoud");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");

        login(Rol.TRAINER);
        UI.getCurrent().navigate("beheer/inhoud");
        assertThat(_find(Button.class, spec -> spec.withText("Opnieuw inlezen"))).isEmpty();
        assertThat(_get(H1.class).getText()).isIn("Geen toegang", "Pagina niet gevonden");
    }
}
