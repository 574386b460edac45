package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import nl.leernetwerk.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class LoginTest extends KaribuTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void demo_account_logs_in_with_its_password() throws Exception {
        mvc.perform(formLogin("/login").user("trainer").password(DEMO_WACHTWOORD))
                .andExpect(authenticated().withUsername("trainer").withRoles("TRAINER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrong_password_is_refused_and_the_login_page_explains_it_in_dutch() throws Exception {
        mvc.perform(formLogin("/login").user("trainer").password("fout-wachtwoord"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Inloggen is niet gelukt",
                "De gebruikersnaam of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.",
                "Gebruikersnaam", "Wachtwoord");
    }

    @Test
    void login_page_without_error_shows_no_error() {
        UI.getCurrent().navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }
}
