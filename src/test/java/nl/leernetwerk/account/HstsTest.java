package nl.leernetwerk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import nl.leernetwerk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HSTS switched on as the prod profile does: an https request (behind the proxy: X-Forwarded-Proto,
 * honoured through {@code server.forward-headers-strategy=native}) gets Strict-Transport-Security,
 * a plain http one does not (browsers ignore it there). Off, see AccountBeveiligingTest.
 * A context of its own (other property), closed afterwards.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "leernetwerk.beveiliging.hsts=true")
@DirtiesContext
class HstsTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void with_hsts_on_an_https_request_gets_strict_transport_security_for_a_year() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/actuator/health").secure(true)).andReturn().getResponse();

        assertThat(antwoord.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(antwoord.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void with_hsts_on_plain_http_gets_none() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(get("/actuator/health")).andReturn().getResponse();

        assertThat(antwoord.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_prod_profile_switches_hsts_on_and_trusts_the_proxy_for_https() throws IOException {
        Properties prod = new Properties();
        try (InputStream in = HstsTest.class.getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }

        assertThat(prod.getProperty("leernetwerk.beveiliging.hsts")).isEqualTo("true");
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }
}
