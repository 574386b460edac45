package nl.leernetwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged production jar (built by {@code -Pproduction}) as a user would, on the
 * embedded default with a fresh data folder, and fetches the login page.
 */
class ProductionJarIT {

    private static ProductieApp app;
    private static HttpClient http;

    @BeforeAll
    static void startJar() throws Exception {
        app = ProductieApp.start();
        http = app.http();
    }

    private static HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return app.get(pad);
    }

    @Test
    void the_production_jar_serves_the_dutch_login_page() throws Exception {
        HttpResponse<String> pagina = get("/login");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<html lang=\"nl\"");
        // security headers on the real server, under which the page below still renders
        assertThat(pagina.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(pagina.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(pagina.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(pagina.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // What the browser does next: start the UI, then ask the server to render the route.
        HttpResponse<String> init = get("/?v-r=init&location=login");
        assertThat(init.body()).contains("\"productionMode\":true");
        Matcher sleutel = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(sleutel.find()).isTrue();
        String navigeer = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate",
                "data":{"route":"login","query":"","appShellTitle":"","historyState":null,"trigger":""}}],
                "syncId":0,"clientId":0}""".formatted(sleutel.group(1));
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(
                        URI.create(app.url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigeer))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Gebruikersnaam", "Wachtwoord", "Inloggen");
    }

    @Test
    void start_up_checks_the_search_index_against_the_database_and_logs_the_figure() {
        String uitvoer = app.log();

        Matcher controle = Pattern.compile("Consistentiecontrole zoekindex: (\\d+) records in de database, (\\d+) in de index, (\\d+) verschillen")
                .matcher(uitvoer);
        assertThat(controle.find()).as(uitvoer).isTrue();
        System.out.println("Start-up index check: " + controle.group());
        assertThat(Integer.parseInt(controle.group(1))).isGreaterThan(10);
        if (!controle.group(3).equals("0")) {
            assertThat(uitvoer).contains("Consistentiecontrole zoekindex na herbouw: 0 verschillen");
        }
    }
}
