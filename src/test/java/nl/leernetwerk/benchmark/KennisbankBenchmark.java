package nl.leernetwerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.leernetwerk.LeernetwerkApplication;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.ZoekIndex;
import nl.leernetwerk.kennisbank.ZoekService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark of issue #9 and QUALITY.md "Speed and scale". Not part of the normal test run (the
 * name does not end in Test); run it with {@code ./mvnw -Pbenchmark verify} (README, "Benchmark").
 * Starts the app on 127.0.0.1 with a temporary embedded PostgreSQL and a Lucene index on disk, adds
 * {@code benchmark.records} synthetic records, then measures and writes {@code docs/benchmarks.md}.
 * Every phase is bounded in time and count. Settings (system properties):
 * {@code benchmark.records} (100000), {@code benchmark.zoekvragen} (300), {@code benchmark.seconden}
 * per measuring phase (60), {@code benchmark.opwarmen} per warm-up (20), {@code benchmark.clients} ("4,16"),
 * {@code benchmark.sessies} (50), {@code benchmark.alleenindexeren} (false: true stops after mass indexing),
 * {@code benchmark.uitvoer} (docs/benchmarks.md; "-" writes nothing).
 */
class KennisbankBenchmark {

    private static final String EINDE_METINGEN = "<!-- end of generated measurements; notes below are kept -->";

    private static final int RECORDS = Integer.getInteger("benchmark.records", 100_000);
    private static final int ZOEKVRAGEN = Integer.getInteger("benchmark.zoekvragen", 300);
    private static final Duration FASE = Duration.ofSeconds(Integer.getInteger("benchmark.seconden", 60));
    private static final Duration OPWARMEN = Duration.ofSeconds(Integer.getInteger("benchmark.opwarmen", 20));
    private static final List<Integer> CLIENTS = java.util.Arrays.stream(
            System.getProperty("benchmark.clients", "4,16").split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int SESSIES = Integer.getInteger("benchmark.sessies", 50);
    private static final boolean ALLEEN_INDEXEREN = Boolean.getBoolean("benchmark.alleenindexeren");
    private static final String UITVOER = System.getProperty("benchmark.uitvoer", "docs/benchmarks.md");

    private static ConfigurableApplicationContext app;
    private static Path map;
    private static String basis;
    private static double koudeStart;
    private static String belastingVoor;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> regels = new ArrayList<>();
    private final List<String> doelen = new ArrayList<>();

    @BeforeAll
    static void startApp() throws Exception {
        belastingVoor = belasting();
        map = Files.createTempDirectory("leernetwerk-benchmark");
        long start = System.nanoTime();
        app = new SpringApplicationBuilder(LeernetwerkApplication.class).profiles("test").run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--leernetwerk.data-dir=" + map,
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + map.resolve("index"),
                "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
                "--logging.level.org.hibernate.search=WARN");
        basis = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        // run() returns when the context is ready (content import and index check included)
        assertThat(get("/actuator/health")).contains("\"UP\"");
        koudeStart = (System.nanoTime() - start) / 1e9;
    }

    @AfterAll
    static void stopApp() throws IOException {
        if (app != null) {
            app.close();
        }
        if (map != null) {
            try (var paden = Files.walk(map)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void measure_and_write_docs_benchmarks_md() throws Exception {
        SynthetischeKennisbank model = SynthetischeKennisbank.uit(Path.of("content"), 42);
        DataSource dataSource = app.getBean(DataSource.class);
        ZoekService zoekService = app.getBean(ZoekService.class);
        ZoekIndex zoekIndex = app.getBean(ZoekIndex.class);
        System.out.printf("Benchmark: %d synthetic records, app started in %.1f s%n", RECORDS, koudeStart);

        long start = System.nanoTime();
        try (Connection verbinding = dataSource.getConnection()) {
            GenereerKennisbank.laad(model, verbinding, RECORDS);
        }
        double laden = (System.nanoTime() - start) / 1e9;
        long totaal = zoekIndex.aantalInDatabase();
        regel("Synthetic records generated and written (COPY)", "%,d in %.1f s (%,.0f records/s)", RECORDS, laden,
                RECORDS / laden);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("""
                select (select count(*) from kennisrecord where type = 'PRAKTIJKVOORBEELD'),
                       (select count(*) from kennisrecord where type = 'WERKZAAM_ELEMENT'),
                       (select count(*) from kennisrecord where type = 'BRON'),
                       (select count(distinct thema) from kennisrecord_thema),
                       (select count(distinct regio) from kennisrecord),
                       (select avg(length(inhoud))::int from kennisrecord),
                       (select count(*) from kennisrecord_verwijzing)""")) {
            rs.next();
            regel("Kennisbank", "%,d praktijkvoorbeelden, %,d werkzame elementen, %,d bronnen, %d thema's, %d regio's; "
                            + "body %,d characters on average; %,d links", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
        }

        int postgresPoort;
        try (Connection c = dataSource.getConnection()) {
            postgresPoort = java.net.URI.create(c.getMetaData().getURL().substring("jdbc:".length())).getPort();
        }
        CpuVerdeling verdeling = new CpuVerdeling(postgresPoort);
        start = System.nanoTime();
        long cpuVoor = procesCpu();
        app.getBean(Aanmelding.class).als(Aanmelding.SYSTEEM, Rol.BEHEERDER, () -> {
            try {
                zoekIndex.herbouwIndex();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return null;
        });
        double indexeren = (System.nanoTime() - start) / 1e9;
        double indexCpu = (procesCpu() - cpuVoor) / 1e9;
        assertThat(zoekIndex.aantalInIndex()).isEqualTo(totaal);
        // committed to disk when the mass indexer returns (it commits at the end, not every second)
        try (var index = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(map.resolve("index").resolve("kennisrecord")))) {
            assertThat(index.numDocs()).isEqualTo(totaal);
        }
        regel("Mass indexing (MassIndexer, whole kennisbank)", "%,d records in %.1f s: **%,.0f records/s**; "
                + "app JVM CPU %.1f s (%.2f ms per record; PostgreSQL not included)", totaal, indexeren,
                totaal / indexeren, indexCpu, indexCpu * 1000 / totaal);
        Map<String, Double> delen = verdeling.stop();
        // JIT compilation is mostly warm-up (it shrinks per record as the kennisbank grows): shown apart
        double zonderJit = indexCpu - delen.get("JIT compiler");
        regel("Mass indexing, CPU by part (threads sampled every 100 ms; PostgreSQL: its server processes)",
                "%s; app JVM without JIT compilation **%.2f ms per record**", delen.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.1f s (%.2f ms)", e.getKey(), e.getValue(),
                                e.getValue() * 1000 / totaal)).collect(Collectors.joining("; ")),
                zonderJit * 1000 / totaal);
        System.out.println("Benchmark: threads seen while indexing: " + verdeling.draadnamen());
        doel("mass indexing ≥ 2 000 records/s", totaal / indexeren >= 2000, "%,.0f records/s", totaal / indexeren);
        if (ALLEEN_INDEXEREN) {
            schrijf(totaal);
            return;
        }

        List<Zoeklog.Zoekopdracht> log = Zoeklog.maak(Path.of("src/test/resources/zoeken/queries.tsv"), model,
                ZOEKVRAGEN, 9);
        start = System.nanoTime();
        zoekService.zoek(log.getFirst().vraag());
        double eerste = (System.nanoTime() - start) / 1e9;
        double woordenschat = zoekService.wachtOpWoordenschat().toNanos() / 1e9;
        regel("First search after the bulk load (the did-you-mean vocabulary is rebuilt in the background; "
                + "the search uses the previous one meanwhile)", "%.2f s; rebuild of the vocabulary from all records "
                + "%.1f s (waited for before measuring)", eerste, woordenschat);
        // warm-up: JIT, caches
        herhaal(log, 2 * log.size(), OPWARMEN, o -> zoekService.zoek(o.vraag()));
        AtomicLong treffers = new AtomicLong();
        Latenties cpu = new Latenties();
        Latenties dienst = herhaal(log, 3 * log.size(), FASE, o -> {
            long draadCpu = DRAAD.getCurrentThreadCpuTime();
            treffers.addAndGet(zoekService.zoek(o.vraag()).totaal());
            cpu.voegToe(DRAAD.getCurrentThreadCpuTime() - draadCpu);
        });
        double dienstTreffers = (double) treffers.get() / dienst.aantal();
        regel("Search through `ZoekService` (1 thread, facets + highlighting, page of 10)", "%s; mean %,.0f hits/query",
                percentielen(dienst), dienstTreffers);
        regel("The same searches, CPU time of the searching thread (less sensitive to other load on the machine)",
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms", cpu.percentiel(50), cpu.percentiel(95),
                cpu.percentiel(99), cpu.gemiddelde());
        doel("service p95 ≤ 20 ms", dienst.percentiel(95) <= 20, "%.1f ms", dienst.percentiel(95));

        double baselineBouw = PostgresBaseline.bouwTabel(dataSource);
        regel("PostgreSQL baseline: tsvector table + GIN index built", "%.1f s", baselineBouw);
        Latenties of = baseline(new PostgresBaseline(dataSource, false), log, "any word (OR), ts_rank");
        Latenties en = baseline(new PostgresBaseline(dataSource, true), log, "all words (websearch_to_tsquery), ts_rank");
        regel("Ratio PostgreSQL (any word) / ZoekService", "p50 %.1f×, p95 **%.1f×**, p99 %.1f×",
                of.percentiel(50) / dienst.percentiel(50), of.percentiel(95) / dienst.percentiel(95),
                of.percentiel(99) / dienst.percentiel(99));
        regel("Ratio PostgreSQL (all words) / ZoekService", "p50 %.1f×, p95 %.1f×, p99 %.1f×",
                en.percentiel(50) / dienst.percentiel(50), en.percentiel(95) / dienst.percentiel(95),
                en.percentiel(99) / dienst.percentiel(99));
        doel("≥ 10× faster than the PostgreSQL baseline at p95", of.percentiel(95) / dienst.percentiel(95) >= 10,
                "%.1f× (any word), %.1f× (all words)", of.percentiel(95) / dienst.percentiel(95),
                en.percentiel(95) / dienst.percentiel(95));

        double besteDoorvoer = 0;
        for (int clients : CLIENTS) {
            double[] doorvoer = new double[2];
            Latenties rest = rest(log, clients, doorvoer);
            besteDoorvoer = Math.max(besteDoorvoer, doorvoer[0]);
            regel("`GET /api/zoeken`, " + clients + " concurrent clients", "%s; **%,.0f searches/s**; %.0f errors",
                    percentielen(rest), doorvoer[0], doorvoer[1]);
        }
        doel("REST throughput ≥ 500 searches/s", besteDoorvoer >= 500, "%,.0f searches/s", besteDoorvoer);

        regel("Heap per open Vaadin UI session (`/zoeken?q=…` rendered)", "%s", sessies(model));
        regel("Cold start (Spring context with embedded PostgreSQL, content import, to `/actuator/health` UP)",
                "%.1f s", koudeStart);

        schrijf(totaal);
    }

    private Latenties baseline(PostgresBaseline baseline, List<Zoeklog.Zoekopdracht> log, String soort) {
        herhaal(log, Math.min(log.size(), 50), OPWARMEN, o -> baseline.zoek(o));
        AtomicLong treffers = new AtomicLong();
        Latenties l = herhaal(log, log.size(), FASE, o -> treffers.addAndGet(baseline.zoek(o)));
        regel("PostgreSQL full-text baseline, " + soort + " (1 thread, same facets, ts_headline)",
                "%s; mean %,.0f hits/query", percentielen(l), (double) treffers.get() / l.aantal());
        return l;
    }

    interface Zoeker {
        void zoek(Zoeklog.Zoekopdracht opdracht) throws Exception;
    }

    /** Runs the log (round-robin) until {@code maximaal} searches or the time is up. */
    private static Latenties herhaal(List<Zoeklog.Zoekopdracht> log, int maximaal, Duration tijd, Zoeker zoeker) {
        Latenties latenties = new Latenties();
        Instant tot = Instant.now().plus(tijd);
        for (int i = 0; i < maximaal && Instant.now().isBefore(tot); i++) {
            long start = System.nanoTime();
            try {
                zoeker.zoek(log.get(i % log.size()));
            } catch (Exception e) {
                throw new IllegalStateException("zoekvraag " + log.get(i % log.size()) + " mislukt", e);
            }
            latenties.voegToe(System.nanoTime() - start);
        }
        return latenties;
    }

    /** {@code clients} threads send the log to the REST API for the phase's time (at most 50 000 requests). */
    private static Latenties rest(List<Zoeklog.Zoekopdracht> log, int clients, double[] doorvoer) throws Exception {
        // warm-up of the HTTP path
        for (int i = 0; i < Math.min(100, log.size()); i++) {
            get("/api/zoeken?" + log.get(i).queryString());
        }
        Latenties latenties = new Latenties();
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger fouten = new AtomicInteger();
        Duration tijd = FASE.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : FASE;
        long start = System.nanoTime();
        long tot = start + tijd.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < tot && (i = volgende.getAndIncrement()) < 50_000) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(
                                            basis + "/api/zoeken?" + log.get(i % log.size()).queryString()))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            if (antwoord.statusCode() != 200 || !antwoord.body().contains("\"totaal\"")) {
                                fouten.incrementAndGet();
                            }
                        } catch (Exception e) {
                            fouten.incrementAndGet();
                        }
                        latenties.voegToe(System.nanoTime() - t);
                    }
                    return null;
                });
            }
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        // a failed request counts with its time but not in the throughput
        doorvoer[0] = (latenties.aantal() - fouten.get()) / seconden;
        doorvoer[1] = fouten.get();
        return latenties;
    }

    /** Opens {@link #SESSIES} browser sessions (each its own cookie jar) showing the search page; heap after GC. */
    private static String sessies(SynthetischeKennisbank model) throws Exception {
        List<String> woorden = model.woorden();
        long voor = heapNaGc();
        List<HttpClient> browsers = new ArrayList<>();
        Pattern sleutel = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
        for (int i = 0; i < SESSIES; i++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            browsers.add(browser);
            String q = woorden.get((i * 7919) % woorden.size());
            String init = browser.send(HttpRequest.newBuilder(URI.create(basis + "/?v-r=init&location=zoeken"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = sleutel.matcher(init);
            assertThat(m.find()).as("Vaadin init answer").isTrue();
            String navigeer = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate",
                    "data":{"route":"zoeken","query":"q=%s","appShellTitle":"","historyState":null,"trigger":""}}],
                    "syncId":0,"clientId":0}""".formatted(m.group(1), q);
            HttpResponse<String> view = browser.send(HttpRequest.newBuilder(URI.create(basis + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(navigeer))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(view.body()).as("rendered search page").contains(q);
        }
        long na = heapNaGc();
        assertThat(browsers).hasSize(SESSIES);
        return "%,.0f KB (heap after GC: %,.0f MB before, %,.0f MB with %d sessions)".formatted(
                (na - voor) / 1024.0 / SESSIES, voor / 1048576.0, na / 1048576.0, SESSIES);
    }

    private static final java.lang.management.ThreadMXBean DRAAD = ManagementFactory.getThreadMXBean();

    /** CPU time of this JVM (all threads) in nanoseconds. */
    private static long procesCpu() {
        return CpuVerdeling.procesCpu();
    }

    /** Heap in use after full collections (System.gc() returns when done), once a further one frees less than 1 MB. */
    private static long heapNaGc() {
        long gebruikt = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long nu = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (gebruikt - nu < 1_048_576) {
                return nu;
            }
            gebruikt = nu;
        }
        return gebruikt;
    }

    private static String get(String pad) throws IOException, InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.net.ConnectException nogNiet) {
            return "";
        }
    }

    private static String percentielen(Latenties l) {
        return String.format(Locale.ROOT, "p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms (%,d searches)",
                l.percentiel(50), l.percentiel(95), l.percentiel(99), l.aantal());
    }

    private void regel(String wat, String formaat, Object... waarden) {
        String uitkomst = String.format(Locale.ROOT, formaat, waarden);
        regels.add("| " + wat + " | " + uitkomst + " |");
        System.out.println("Benchmark | " + wat + " | " + uitkomst);
    }

    private void doel(String doel, boolean gehaald, String formaat, Object... waarden) {
        doelen.add("| " + doel + " | " + String.format(Locale.ROOT, formaat, waarden) + " | "
                + (gehaald ? "met" : "**missed**") + " |");
    }

    private static String belasting() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void schrijf(long totaal) throws IOException {
        String belastingNa = belasting();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Generated by `./mvnw -Pbenchmark verify` (`KennisbankBenchmark`, see README \"Benchmark\"). ")
                .append("Do not edit above the marker; notes below it are kept when the file is regenerated.\n\n")
                .append(String.format(Locale.ROOT, "- Run: %s UTC, %,d records (%,d synthetic + the real `content/`), "
                                + "query log of %d searches (`src/test/resources/zoeken/queries.tsv` + words, synonyms, "
                                + "typos and filters drawn from the kennisbank, seed 9)%n",
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atOffset(ZoneOffset.UTC)),
                        totaal, RECORDS, ZOEKVRAGEN))
                .append(String.format(Locale.ROOT, "- Machine: %d cores, Java %s, max heap %,d MB; app on 127.0.0.1 "
                                + "with embedded PostgreSQL 17 and a Lucene index on local disk, client in the same JVM%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / 1048576))
                .append("- Load average (1, 5, 15 min) before: `").append(belastingVoor).append("`, after: `")
                .append(belastingNa).append("`\n\n")
                .append("| measurement | result |\n|---|---|\n");
        regels.forEach(r -> md.append(r).append('\n'));
        md.append("\n| target (issue #9, at 100 000 records) | measured | |\n|---|---|---|\n");
        doelen.forEach(d -> md.append(d).append('\n'));
        md.append('\n').append(EINDE_METINGEN).append('\n');
        System.out.println(md);
        if (UITVOER.equals("-")) {
            return;
        }
        Path uit = Path.of(UITVOER);
        String notities = "";
        if (Files.exists(uit)) {
            String oud = Files.readString(uit, StandardCharsets.UTF_8);
            int i = oud.indexOf(EINDE_METINGEN);
            notities = i < 0 ? "" : oud.substring(i + EINDE_METINGEN.length() + 1);
        }
        Files.writeString(uit, md + notities, StandardCharsets.UTF_8);
    }
}
