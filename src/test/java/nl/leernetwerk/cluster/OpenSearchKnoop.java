package nl.leernetwerk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenSearch node on 127.0.0.1 for tests: the integration-test distribution from Maven
 * Central plus the modules analysis-common and reindex (unpacked into {@code target/opensearch} by the build,
 * see pom.xml), security-free, 512 MB heap, data under {@code target/opensearch-run}, free ports.
 * OpenSearch 2.x needs a JDK 11–21 (it uses the Security Manager, which JDK 24+ refuses): the
 * JDK is {@code $OPENSEARCH_JAVA_HOME} or a JDK 21/17 under /usr/lib/jvm. OpenSearch refuses to
 * run as root, so as root it runs as user nobody.
 */
public final class OpenSearchKnoop implements AutoCloseable {

    private static final Duration OPSTARTEN = Duration.ofSeconds(180);
    private static OpenSearchKnoop gedeeld;

    private final Process proces;
    private final int poort;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenSearchKnoop(Process proces, int poort, Path log) {
        this.proces = proces;
        this.poort = poort;
        this.log = log;
    }

    /** One node for all Spring test contexts of this JVM, stopped when the JVM ends. */
    public static synchronized OpenSearchKnoop gedeeld() {
        if (gedeeld == null) {
            gedeeld = start();
            OpenSearchKnoop knoop = gedeeld;
            Runtime.getRuntime().addShutdownHook(new Thread(knoop::close));
        }
        return gedeeld;
    }

    /** Starts a fresh node and waits until it answers; close it when done. */
    public static OpenSearchKnoop start() {
        try {
            Path home = distributie();
            Path werk = Path.of("target", "opensearch-run", UUID.randomUUID().toString()).toAbsolutePath();
            Path config = werk.resolve("config");
            Files.createDirectories(config);
            try (Stream<Path> bestanden = Files.list(home.resolve("config"))) {
                for (Path bestand : bestanden.filter(Files::isRegularFile).toList()) {
                    Files.copy(bestand, config.resolve(bestand.getFileName()));
                }
            }
            Files.createDirectories(config.resolve("jvm.options.d"));
            // heap via OPENSEARCH_JAVA_OPTS; no GC log or heap dump into the working directory
            List<String> opties = Files.readAllLines(home.resolve("config/jvm.options")).stream()
                    .filter(r -> !r.matches("^-Xm[sx].*|.*gc\\.log.*|.*HeapDumpPath.*|.*ErrorFile.*")).toList();
            Files.write(config.resolve("jvm.options"), opties);
            Files.createDirectories(werk.resolve("data"));
            Files.createDirectories(werk.resolve("logs"));
            int poort = vrijePoort();
            int transport = vrijePoort();

            List<String> opdracht = new ArrayList<>();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                opdracht.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
                try (Stream<Path> alles = Files.walk(werk)) {
                    for (Path pad : alles.toList()) {
                        Files.setPosixFilePermissions(pad, PosixFilePermissions.fromString(
                                Files.isDirectory(pad) ? "rwxrwxrwx" : "rw-rw-rw-"));
                    }
                }
            }
            opdracht.addAll(List.of("bash", home.resolve("bin/opensearch").toString(),
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + poort,
                    "-E", "transport.port=" + transport,
                    "-E", "discovery.type=single-node",
                    "-E", "cluster.name=leernetwerk-test",
                    "-E", "node.name=knoop-" + poort,
                    "-E", "path.data=" + werk.resolve("data"),
                    "-E", "path.logs=" + werk.resolve("logs"),
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
            Path log = werk.resolve("opensearch.out");
            ProcessBuilder builder = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> omgeving = builder.environment();
            omgeving.put("OPENSEARCH_JAVA_HOME", jdk().toString());
            omgeving.put("OPENSEARCH_PATH_CONF", config.toString());
            omgeving.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
            omgeving.remove("JAVA_HOME");
            omgeving.remove("JAVA_TOOL_OPTIONS");
            OpenSearchKnoop knoop = new OpenSearchKnoop(builder.start(), poort, log);
            knoop.wachtTotGereed();
            return knoop;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path distributie() throws IOException {
        Path map = Path.of("target", "opensearch").toAbsolutePath();
        Optional<Path> home = Files.isDirectory(map) ? Files.list(map).filter(p -> p.getFileName().toString()
                .startsWith("opensearch-")).findFirst() : Optional.empty();
        if (home.isEmpty() || !Files.isDirectory(home.get().resolve("modules/analysis-common"))
                || !Files.isDirectory(home.get().resolve("modules/reindex"))) {
            throw new IllegalStateException("No OpenSearch distribution under " + map + ": build with "
                    + "./mvnw -Pproduction verify, or first ./mvnw dependency:unpack@opensearch "
                    + "dependency:copy@opensearch-modules");
        }
        String versie = home.get().getFileName().toString().substring("opensearch-".length());
        module(home.get(), versie, "analysis-common", "org.opensearch.analysis.common.CommonAnalysisPlugin",
                "Adds \"built in\" analyzers to OpenSearch.");
        module(home.get(), versie, "reindex", "org.opensearch.index.reindex.ReindexPlugin",
                "The Reindex module adds APIs to reindex from one index to another or update documents that match a query.");
        return home.get();
    }

    /** The descriptor of a module as the full distribution ships it (the Maven jars have none). */
    private static void module(Path home, String versie, String naam, String klasse, String omschrijving)
            throws IOException {
        Path descriptor = home.resolve("modules").resolve(naam).resolve("plugin-descriptor.properties");
        if (!Files.exists(descriptor)) {
            Files.writeString(descriptor, """
                    description=%s
                    version=%s
                    name=%s
                    classname=%s
                    java.version=11
                    opensearch.version=%s
                    custom.foldername=
                    extended.plugins=
                    has.native.controller=false
                    """.formatted(omschrijving, versie, naam, klasse, versie));
        }
    }

    /** A JDK that OpenSearch 2.x runs on: 21, 17 or 11 (not 24+, which refuses its Security Manager). */
    static Path jdk() throws IOException {
        String gegeven = System.getenv("OPENSEARCH_JAVA_HOME");
        if (gegeven != null && !gegeven.isBlank()) {
            return Path.of(gegeven);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> kandidaten = Files.list(jvms)) {
                Optional<Path> beste = kandidaten.filter(p -> Files.isExecutable(p.resolve("bin/java")))
                        .filter(p -> hoofdversie(p) == 21 || hoofdversie(p) == 17 || hoofdversie(p) == 11)
                        .max(Comparator.comparingInt(OpenSearchKnoop::hoofdversie));
                if (beste.isPresent()) {
                    return beste.get();
                }
            }
        }
        throw new IllegalStateException("OpenSearch 2.x needs a JDK 11, 17 or 21: set OPENSEARCH_JAVA_HOME "
                + "(Debian: apt-get install openjdk-17-jdk-headless)");
    }

    private static int hoofdversie(Path jdk) {
        try {
            for (String regel : Files.readAllLines(jdk.resolve("release"))) {
                if (regel.startsWith("JAVA_VERSION=")) {
                    String versie = regel.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(versie.split("[.]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no release file: not a usable JDK
        }
        return 0;
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void wachtTotGereed() throws IOException {
        Instant tot = Instant.now().plus(OPSTARTEN);
        while (Instant.now().isBefore(tot)) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped during start-up:\n" + staart());
            }
            try {
                if (vraag("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            try {
                proces.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("OpenSearch not ready within " + OPSTARTEN + ":\n" + staart());
    }

    private String staart() throws IOException {
        List<String> regels = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", regels.subList(Math.max(0, regels.size() - 40), regels.size()));
    }

    /** host:port for {@code hibernate.search.backend.hosts}. */
    public String hosts() {
        return "127.0.0.1:" + poort;
    }

    /** A request to the node's REST API; body may be null. */
    public HttpResponse<String> vraag(String methode, String pad, String json) throws IOException {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://" + hosts() + pad))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        proces.descendants().forEach(ProcessHandle::destroy);
        proces.destroy();
        try {
            if (!proces.waitFor(20, TimeUnit.SECONDS)) {
                proces.descendants().forEach(ProcessHandle::destroyForcibly);
                proces.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * For Spring test contexts with profile elasticsearch: the shared node, a fresh index per
     * context, and indexing without the outbox (the test profile indexes synchronously, so a
     * test may search right after a write; the outbox is proven by ZoekClusterIT).
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("opensearch-knoop", Map.of(
                    "spring.jpa.properties.hibernate.search.backend.hosts", gedeeld().hosts(),
                    "spring.jpa.properties.hibernate.search.coordination.strategy", "none",
                    "spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create")));
        }
    }
}
