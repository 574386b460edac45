package nl.leernetwerk;

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
import java.util.concurrent.TimeUnit;

/**
 * The packaged production jar (built by {@code -Pproduction}), started once per test JVM as a user
 * would: on the embedded default with a fresh data folder, on a free port of 127.0.0.1. Every
 * {@code *IT} shares it (one start of ~25 s instead of one per class); it stops when the JVM ends.
 * With {@code -Dleernetwerk.url=http://127.0.0.1:8080} the tests use an app that already runs.
 */
public final class ProductieApp {

    private static ProductieApp instantie;

    private final Process proces;
    private final String basis;
    private final Path log;
    private final Duration opstarttijd;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The running app; the first call starts it and waits until it is healthy. */
    public static synchronized ProductieApp start() throws Exception {
        if (instantie == null) {
            instantie = new ProductieApp();
            Runtime.getRuntime().addShutdownHook(new Thread(instantie::stop));
        }
        if (instantie.proces != null && !instantie.proces.isAlive()) {
            throw new AssertionError("the app has stopped:\n" + Files.readString(instantie.log));
        }
        return instantie;
    }

    private ProductieApp() throws Exception {
        String bestaand = System.getProperty("leernetwerk.url", "");
        if (!bestaand.isBlank()) {
            proces = null;
            basis = bestaand.replaceAll("/+$", "");
            log = null;
            opstarttijd = Duration.ZERO;
            if (!get("/actuator/health").body().contains("\"UP\"")) {
                throw new AssertionError(basis + " is not healthy");
            }
            return;
        }
        Path jar = Path.of(System.getProperty("leernetwerk.jar", "target/leernetwerk.jar"));
        if (!Files.exists(jar)) {
            throw new AssertionError(jar + " is missing: run ./mvnw -Pproduction verify");
        }
        int poort;
        try (ServerSocket socket = new ServerSocket(0)) {
            poort = socket.getLocalPort();
        }
        basis = "http://127.0.0.1:" + poort;
        Path data = Files.createTempDirectory("leernetwerk-it");
        log = data.resolve("app.log");
        Instant begin = Instant.now();
        proces = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + poort, "--server.address=127.0.0.1",
                "--leernetwerk.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // generous: on the shared 2-core build machine under load the jar has needed over 180 s
        wachtTotGezond(Duration.ofSeconds(360));
        opstarttijd = Duration.between(begin, Instant.now());
        System.out.printf("Production jar started and healthy in %.1f s%n", opstarttijd.toMillis() / 1000.0);
    }

    private void wachtTotGezond(Duration maximaal) throws Exception {
        Instant tot = Instant.now().plus(maximaal);
        while (Instant.now().isBefore(tot)) {
            if (!proces.isAlive()) {
                throw new AssertionError("app stopped during start-up:\n" + Files.readString(log));
            }
            try {
                if (get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            proces.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        stop();
        throw new AssertionError("app not healthy within " + maximaal + ":\n" + log());
    }

    public String url(String pad) {
        return basis + (pad.startsWith("/") ? pad : "/" + pad);
    }

    public Duration opstarttijd() {
        return opstarttijd;
    }

    /** A GET with this client's own cookies (a session of its own, not a browser's). */
    public HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(pad))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpClient http() {
        return http;
    }

    /** The app's log so far, for a failure message. */
    public String log() {
        if (log == null) {
            return "(app started elsewhere: " + basis + ")";
        }
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private void stop() {
        if (proces == null) {
            return;
        }
        proces.destroy();
        try {
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        } catch (InterruptedException e) {
            proces.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
