package nl.leernetwerk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Accounts over HTTP: hashing, throttling, session fixation, logout everywhere and security headers. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountBeveiligingTest {

    private static final String WACHTWOORD = "leernetwerk";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private InlogBeperking inlogBeperking;

    @Autowired
    private SessieBeheer sessieBeheer;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private GebruikerRepository gebruikers;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @BeforeEach
    @AfterEach
    void vergeetMislukkingen() {
        inlogBeperking.zetKlok(Clock.systemUTC());
        inlogBeperking.vergeetAlles();
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_behind_a_prefix() {
        String hash = gebruikers.findByGebruikersnaamIgnoreCase("trainer").orElseThrow().wachtwoordHash();

        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(WACHTWOORD);
        assertThat(passwordEncoder.matches(WACHTWOORD, hash)).isTrue();
        assertThat(passwordEncoder.encode("iets-anders-lang")).startsWith("{bcrypt}$2a$04$"); // test profile: cost 4
    }

    @Test
    void five_failures_block_the_user_name_for_fifteen_minutes_even_with_the_right_password() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("redacteur").password("fout-" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user("redacteur").password(WACHTWOORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?geblokkeerd"));
        // another user from the same address is not blocked by these five
        mvc.perform(formLogin("/login").user("lid").password(WACHTWOORD)).andExpect(authenticated());

        inlogBeperking.zetKlok(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(14)));
        mvc.perform(formLogin("/login").user("redacteur").password(WACHTWOORD))
                .andExpect(redirectedUrl("/login?geblokkeerd"));
        inlogBeperking.zetKlok(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        mvc.perform(formLogin("/login").user("redacteur").password(WACHTWOORD))
                .andExpect(authenticated().withUsername("redacteur"));
    }

    @Test
    void twenty_failures_from_one_address_block_that_address_for_every_user_name() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(formLogin("/login").user("gok-" + i).password("fout"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user("trainer").password(WACHTWOORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?geblokkeerd"));
        mvc.perform(post("/login").param("username", "trainer").param("password", WACHTWOORD).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("192.0.2.7");
                    return r;
                })).andExpect(authenticated());
    }

    @Test
    void a_success_clears_the_failures_of_that_user_name() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("trainer").password("fout"));
        }
        mvc.perform(formLogin("/login").user("trainer").password(WACHTWOORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("trainer").password("fout"));
        }

        mvc.perform(formLogin("/login").user("trainer").password(WACHTWOORD)).andExpect(authenticated());
    }

    @Test
    void logging_in_gives_a_new_session_id_so_a_planted_session_is_worthless() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        String voor = sessie.getId();

        // the browser presents the planted session id (as its cookie), which the container accepts
        MvcResult login = mvc.perform(post("/login").param("username", "trainer").param("password", WACHTWOORD)
                .with(csrf()).session(sessie).with(r -> {
                    r.setRequestedSessionId(voor);
                    r.setRequestedSessionIdValid(true);
                    return r;
                })).andExpect(authenticated()).andReturn();

        String na = login.getRequest().getSession(false).getId();
        assertThat(na).isNotEqualTo(voor);
    }

    @Test
    void logout_everywhere_ends_every_session_of_the_user_and_only_theirs() throws Exception {
        MockHttpSession laptop = inloggen("trainer");
        MockHttpSession telefoon = inloggen("trainer");
        MockHttpSession ander = inloggen("lid");
        assertThat(ingelogd(laptop)).isTrue();
        assertThat(sessieBeheer.aantalSessies("trainer")).isGreaterThanOrEqualTo(2);

        int beeindigd = aanmelding.als("trainer", Rol.TRAINER, () -> transactie(sessieBeheer::uitloggenOveral));

        assertThat(beeindigd).isGreaterThanOrEqualTo(2);
        assertThat(ingelogd(laptop)).isFalse();
        assertThat(ingelogd(telefoon)).isFalse();
        assertThat(ingelogd(ander)).isTrue();
        assertThat(sessieBeheer.aantalSessies("trainer")).isZero();
    }

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactieTemplate;

    private <T> T transactie(java.util.function.Supplier<T> werk) {
        return transactieTemplate.execute(s -> werk.get());
    }

    private MockHttpSession inloggen(String gebruiker) throws Exception {
        MvcResult resultaat = mvc.perform(formLogin("/login").user(gebruiker).password(WACHTWOORD))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) resultaat.getRequest().getSession(false);
    }

    /** The session is still signed in: a request with it is authenticated and not sent to the login page. */
    private boolean ingelogd(MockHttpSession sessie) throws Exception {
        MvcResult resultaat = mvc.perform(get("/api/zoeken").session(sessie)).andReturn();
        try {
            authenticated().match(resultaat);
        } catch (AssertionError nietIngelogd) {
            return false;
        }
        return resultaat.getResponse().getRedirectedUrl() == null;
    }

    @Test
    void every_page_carries_security_headers_that_vaadin_works_with() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/actuator/health")).andReturn().getResponse();

        String csp = antwoord.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "style-src 'self' 'unsafe-inline'");
        assertThat(antwoord.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(antwoord.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(antwoord.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(antwoord.getHeader("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void hsts_is_off_outside_production_even_over_https() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/actuator/health").secure(true)).andReturn().getResponse();

        assertThat(antwoord.getHeader("Strict-Transport-Security")).isNull();
        assertThat(antwoord.getHeader("Content-Security-Policy")).isNotNull();
    }

    @Test
    void the_rest_api_answers_json_with_the_same_headers() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/api/zoeken").param("q", "<script>alert(1)</script>"))
                .andReturn().getResponse();

        assertThat(antwoord.getContentType()).startsWith("application/json");
        assertThat(antwoord.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(antwoord.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }
}
