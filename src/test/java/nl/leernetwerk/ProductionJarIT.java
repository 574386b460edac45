package nl.leernetwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged production jar (built by {@code -Pproduction}) as a user would, on the
 * embedded default with a fresh data folder, and fetches the login page.
 */
class ProductionJarIT {

    private static Process app;
    private static int port;
    private static Path log;
    private static Duration opstarttijd;
    private static final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startJar() throws Exception {
        Path jar = Path.of(System.getProperty("leernetwerk.jar", "target/leernetwerk.jar"));
        assertThat(jar).exists();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("leernetwerk-it");
        log = data.resolve("app.log");
        Instant start = Instant.now();
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--leernetwerk.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // generous: on a shared, busy build machine start-up alone can take three minutes; the time is printed below
        wachtTotGezond(Duration.ofSeconds(300));
        opstarttijd = Duration.between(start, Instant.now());
        System.out.printf("Production jar started and healthy in %.1f s%n", opstarttijd.toMillis() / 1000.0);
    }

    private static void wachtTotGezond(Duration maximaal) throws Exception {
        Instant tot = Instant.now().plus(maximaal);
        while (Instant.now().isBefore(tot)) {
            if (!app.isAlive()) {
                throw new AssertionError("app stopped during start-up:\n" + Files.readString(log));
            }
            try {
                if (get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            app.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("app not healthy within " + maximaal + ":\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pad))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            app.destroyForcibly();
        }
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
                        URI.create("http://127.0.0.1:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigeer))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Gebruikersnaam", "Wachtwoord", "Inloggen");
    }
}
