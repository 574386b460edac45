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
}
