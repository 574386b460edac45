package nl.leernetwerk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Leernetwerk as a cluster, as docker-compose's cluster profile runs it: one PostgreSQL, one
 * OpenSearch node, two app nodes (separate JVMs, profiles prod and elasticsearch, index changes
 * coordinated through the outbox table). A record written on one node is found through the other's
 * REST API within 2 seconds; a node killed (SIGKILL) in the middle of writing loses nothing: every
 * record it committed ends up in the index exactly once, through the surviving node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoekClusterIT {

    private static final Duration ZICHTBAAR_BINNEN = Duration.ofSeconds(2);

    private static EmbeddedPostgres postgres;
    private static OpenSearchKnoop zoekknoop;
    private static Path werk;
    private static Knoop a;
    private static Knoop b;

    @BeforeAll
    static void startCluster() throws Exception {
        Instant start = Instant.now();
        werk = Files.createTempDirectory("leernetwerk-cluster");
        postgres = EmbeddedPostgres.builder().start();
        zoekknoop = OpenSearchKnoop.start();
        Path inhoud = Files.createDirectories(werk.resolve("inhoud"));
        Files.writeString(inhoud.resolve("cluster-start.md"), """
                ---
                type: praktijkvoorbeeld
                id: cluster-start
                titel: "Startrecord van het cluster"
                themas: [clustertest]
                ---
                Ingelezen bij het starten van de eerste knoop.
                """);
        // one after the other: the first node creates the schema, imports the content and builds the index
        a = Knoop.start("a", inhoud);
        b = Knoop.start("b", inhoud);
        // both nodes' agents share the outbox events (a node joining rebalances the shares over a few pulses)
        wachtTot(() -> getal("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                + " and state = 'RUNNING' and total_shard_count = 2") == 2, Duration.ofSeconds(90));
        // both nodes serve searches (a node's first request is slow: JIT, first query; not what is measured here)
        assertThat(a.zoek("startrecord")).containsExactly("cluster-start");
        assertThat(b.zoek("startrecord")).containsExactly("cluster-start");
        System.out.printf("Cluster (PostgreSQL, OpenSearch, 2 app nodes) up in %.1f s%n",
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        for (AutoCloseable onderdeel : new AutoCloseable[] {a, b, zoekknoop, postgres}) {
            try {
                if (onderdeel != null) {
                    onderdeel.close();
                }
            } catch (Exception e) {
                System.err.println("stoppen: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void a_record_written_on_one_node_is_found_through_the_other_within_two_seconds() throws Exception {
        a.opdracht("schrijf cluster-zichtbaar kwartelkoning");
        a.wachtOpGeschreven(1, "cluster-zichtbaar", Duration.ofSeconds(60));
        Instant geschreven = Instant.now();

        wachtTot(() -> inIndex("cluster-zichtbaar") == 1, Duration.ofSeconds(30));
        Duration geindexeerd = Duration.between(geschreven, Instant.now());
        wachtTot(() -> b.zoek("kwartelkoning").contains("cluster-zichtbaar"), Duration.ofSeconds(30));
        Duration zichtbaar = Duration.between(geschreven, Instant.now());

        System.out.printf("Written on node a: in the index after %d ms, found through node b's /api/zoeken after %d ms%n",
                geindexeerd.toMillis(), zichtbaar.toMillis());
        assertThat(zichtbaar).isLessThanOrEqualTo(ZICHTBAAR_BINNEN);
        // and the other way round
        b.opdracht("schrijf cluster-terug roerdomp");
        b.wachtOpGeschreven(1, "cluster-terug", Duration.ofSeconds(60));
        Instant terug = Instant.now();
        wachtTot(() -> a.zoek("roerdomp").contains("cluster-terug"), Duration.ofSeconds(30));
        assertThat(Duration.between(terug, Instant.now())).isLessThanOrEqualTo(ZICHTBAAR_BINNEN);
    }

    @Test
    @Order(2)
    void a_node_killed_while_writing_loses_nothing_and_indexes_nothing_twice() throws Exception {
        a.opdracht("reeks cluster-reeks 1000 5 grutto");
        a.wachtOpGeschreven(30, "cluster-reeks-", Duration.ofSeconds(120));

        a.doodSlaan();

        List<String> inDatabase = slugs("select slug from kennisrecord where slug like 'cluster-reeks-%'");
        long openstaand = getal("select count(*) from hsearch_outbox_event");
        long geindexeerdBijDood = zoekknoop.vraag("POST", "/" + Kennisrecord.INDEX + "-read/_count",
                "{\"query\":{\"prefix\":{\"slug\":\"cluster-reeks-\"}}}").body().transform(ZoekClusterIT::count);
        System.out.printf("Node a killed after %d committed records; %d indexed, %d outbox events pending%n",
                inDatabase.size(), geindexeerdBijDood, openstaand);
        assertThat(inDatabase).hasSizeGreaterThanOrEqualTo(30);

        // node b takes over node a's share once a's agent has missed its pulse
        wachtTot(() -> new HashSet<>(b.zoekAlles("grutto")).equals(new HashSet<>(inDatabase)), Duration.ofSeconds(90));
        List<String> gevonden = b.zoekAlles("grutto");
        assertThat(gevonden).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inDatabase);
        wachtTot(() -> getal("select count(*) from hsearch_outbox_event") == 0, Duration.ofSeconds(30));
        long inIndex = zoekknoop.vraag("POST", "/" + Kennisrecord.INDEX + "-read/_count", "{\"query\":{\"match_all\":{}}}").body()
                .transform(ZoekClusterIT::count);
        assertThat(inIndex).isEqualTo(getal("select count(*) from kennisrecord"));
    }

    /** Documents in the index with this slug, asked of the search node directly. */
    private static long inIndex(String slug) {
        try {
            return count(zoekknoop.vraag("POST", "/" + Kennisrecord.INDEX + "-read/_count",
                    "{\"query\":{\"term\":{\"slug\":\"" + slug + "\"}}}").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(String json) {
        return JsonParser.parseString(json).getAsJsonObject().get("count").getAsLong();
    }

    private static List<String> slugs(String sql) throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
                ResultSet rijen = verbinding.createStatement().executeQuery(sql)) {
            while (rijen.next()) {
                slugs.add(rijen.getString(1));
            }
        }
        return slugs;
    }

    private static long getal(String sql) {
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
                ResultSet rij = verbinding.createStatement().executeQuery(sql)) {
            rij.next();
            return rij.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 50 ms, so the measured time to visibility is exact to that. */
    private static void wachtTot(BooleanSupplier voorwaarde, Duration maximaal) {
        await().atMost(maximaal).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(voorwaarde::getAsBoolean);
    }

    /** One app node: a JVM running {@link AppKnoop} on the test classpath, its output in a log file. */
    private static final class Knoop implements AutoCloseable {

        private final String naam;
        private final int poort;
        private final Process proces;
        private final Path log;
        private final PrintWriter invoer;
        private final List<String> geschreven = new CopyOnWriteArrayList<>();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Knoop(String naam, int poort, Process proces, Path log) {
            this.naam = naam;
            this.poort = poort;
            this.proces = proces;
            this.log = log;
            this.invoer = new PrintWriter(new OutputStreamWriter(proces.getOutputStream(), StandardCharsets.UTF_8), true);
            Thread lezer = new Thread(this::leesUitvoer, "knoop-" + naam);
            lezer.setDaemon(true);
            lezer.start();
        }

        static Knoop start(String naam, Path inhoud) throws Exception {
            int poort;
            try (ServerSocket socket = new ServerSocket(0)) {
                poort = socket.getLocalPort();
            }
            Path data = Files.createDirectories(werk.resolve(naam));
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    AppKnoop.class.getName(), "--server.port=" + poort, "--server.address=127.0.0.1",
                    "--spring.profiles.active=prod,elasticsearch", "--vaadin.productionMode=true")
                    .redirectErrorStream(true);
            var omgeving = builder.environment();
            omgeving.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            omgeving.put("SPRING_DATASOURCE_USERNAME", "postgres");
            omgeving.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            omgeving.put("LEERNETWERK_DATA_DIR", data.toString());
            omgeving.put("LEERNETWERK_CONTENT_DIR", inhoud.toString());
            omgeving.put("LEERNETWERK_SEARCH_HOSTS", zoekknoop.hosts());
            // a crashed node's share is taken over after 10 s instead of 30 s
            omgeving.put("LEERNETWERK_SEARCH_PULSE_MS", "1000");
            omgeving.put("LEERNETWERK_SEARCH_PULSE_EXPIRATION_MS", "10000");
            Knoop knoop = new Knoop(naam, poort, builder.start(), werk.resolve(naam + ".log"));
            knoop.wachtTotGereed(Duration.ofSeconds(240));
            return knoop;
        }

        private void leesUitvoer() {
            try (BufferedReader uitvoer = new BufferedReader(new InputStreamReader(proces.getInputStream(),
                    StandardCharsets.UTF_8)); Writer bestand = Files.newBufferedWriter(log)) {
                for (String regel = uitvoer.readLine(); regel != null; regel = uitvoer.readLine()) {
                    if (regel.startsWith(AppKnoop.GESCHREVEN)) {
                        geschreven.add(regel.substring(AppKnoop.GESCHREVEN.length()));
                    }
                    bestand.write(regel + "\n");
                    bestand.flush();
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        private void wachtTotGereed(Duration maximaal) throws Exception {
            Instant tot = Instant.now().plus(maximaal);
            while (Instant.now().isBefore(tot)) {
                if (!proces.isAlive()) {
                    throw new AssertionError("node " + naam + " stopped during start-up:\n" + staart());
                }
                if (Files.exists(log) && Files.readString(log).contains(AppKnoop.GEREED)) {
                    return;
                }
                proces.waitFor(200, TimeUnit.MILLISECONDS);
            }
            throw new AssertionError("node " + naam + " not up within " + maximaal + ":\n" + staart());
        }

        private String staart() throws IOException {
            List<String> regels = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", regels.subList(Math.max(0, regels.size() - 60), regels.size()));
        }

        void opdracht(String regel) {
            invoer.println(regel);
        }

        void wachtOpGeschreven(int aantal, String begin, Duration maximaal) throws Exception {
            try {
                wachtTot(() -> geschreven.stream().filter(s -> s.startsWith(begin)).count() >= aantal, maximaal);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("node " + naam + " wrote no " + aantal + " x " + begin + ":\n" + staart(), e);
            }
        }

        /** The slugs /api/zoeken of this node returns for a query (first page of 100). */
        List<String> zoek(String q) {
            return pagina(q, 1).ids;
        }

        /** All slugs /api/zoeken of this node returns for a query, page by page. */
        List<String> zoekAlles(String q) {
            List<String> alle = new ArrayList<>();
            Pagina pagina = pagina(q, 1);
            alle.addAll(pagina.ids);
            for (int nummer = 2; (nummer - 1) * 100L < pagina.totaal; nummer++) {
                alle.addAll(pagina(q, nummer).ids);
            }
            return alle;
        }

        private record Pagina(long totaal, List<String> ids) {}

        private Pagina pagina(String q, int nummer) {
            try {
                HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort
                        + "/api/zoeken?grootte=100&pagina=" + nummer + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
                JsonObject json = JsonParser.parseString(antwoord.body()).getAsJsonObject();
                List<String> ids = new ArrayList<>();
                json.getAsJsonArray("resultaten").forEach(r -> ids.add(r.getAsJsonObject().get("id").getAsString()));
                return new Pagina(json.get("totaal").getAsLong(), ids);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** kill -9: no shutdown, no flush of anything pending. */
        void doodSlaan() throws InterruptedException {
            proces.destroyForcibly();
            proces.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (proces.isAlive()) {
                proces.destroy();
                if (!proces.waitFor(20, TimeUnit.SECONDS)) {
                    proces.destroyForcibly();
                }
            }
        }
    }
}
