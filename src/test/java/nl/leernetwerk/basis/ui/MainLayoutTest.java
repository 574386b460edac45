package nl.leernetwerk.basis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainLayoutTest extends KaribuTest {

    private static List<String> navigatie() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anonymous_visitor_sees_the_public_layout_with_only_the_kennisbank() {
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Welkom bij Leernetwerk");
        assertThat(navigatie()).containsExactly("Start", "Kennisbank");
        assertThat(_get(Anchor.class, spec -> spec.withText("Inloggen")).getHref()).isEqualTo("login");
    }

    @Test
    void anonymous_visitor_opening_a_protected_page_is_sent_to_login() {
        UI.getCurrent().navigate("trainingen");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    static List<Arguments> navigatiePerRol() {
        return List.of(
                Arguments.of(Rol.BEHEERDER, List.of("Start", "Kennisbank", "Trainingen", "Leernetwerk", "Beheer",
                        "Auditlog", "Inhoud beheren", "Mijn account")),
                Arguments.of(Rol.REDACTEUR, List.of("Start", "Kennisbank", "Leernetwerk", "Inhoud beheren", "Mijn account")),
                Arguments.of(Rol.TRAINER, List.of("Start", "Kennisbank", "Trainingen", "Mijn account")),
                Arguments.of(Rol.LID, List.of("Start", "Kennisbank", "Leernetwerk", "Mijn account")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("navigatiePerRol")
    void each_demo_role_logs_in_and_sees_its_navigation(Rol rol, List<String> verwacht) {
        login(rol);
        UI.getCurrent().navigate("");

        assertThat(navigatie()).containsExactlyElementsOf(verwacht);
        assertThat(_find(Anchor.class, spec -> spec.withText("Inloggen"))).isEmpty();
    }

    @Test
    void a_trainer_is_refused_the_beheer_pages() {
        login(Rol.TRAINER);
        UI.getCurrent().navigate("beheer/gebruikers");

        assertThat(_get(H1.class).getText()).isIn("Geen toegang", "Pagina niet gevonden");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_to_english_changes_the_interface_language_for_the_session() {
        UI.getCurrent().navigate("");
        Select<Locale> taal = _get(Select.class);

        _setValue(taal, Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("kennisbank");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Knowledge base");
    }
}
