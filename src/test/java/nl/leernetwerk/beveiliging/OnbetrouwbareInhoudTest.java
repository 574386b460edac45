package nl.leernetwerk.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.AuditFilter;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.account.domain.AuditRegel;
import nl.leernetwerk.account.domain.AuditRegelRepository;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import nl.leernetwerk.training.AanwezigheidExport;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.OpvolgingService;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every place where people write text, fed with every payload of {@code beveiliging/xss-payloads.txt}:
 * the rendered output (Vaadin element tree incl. innerHTML and grid cells, REST JSON, CSV exports)
 * contains nothing executable, and plain text comes out as the same text. A new place is one line
 * in {@link #plaatsen()}.
 */
@AutoConfigureMockMvc
class OnbetrouwbareInhoudTest extends KaribuTest {

    private static final List<String> PAYLOADS = payloads();
    private static final String WACHTWOORD = "paars-fietswiel-op-dinsdag";
    private static final AtomicInteger WEERGAVEN = new AtomicInteger();
    private static final AtomicInteger GEWEIGERD = new AtomicInteger();
    private static final AtomicInteger PLAATSEN = new AtomicInteger();
    private static final AtomicInteger TELLER = new AtomicInteger();

    @Autowired private GroepService groepService;
    @Autowired private AanwezigheidService aanwezigheidService;
    @Autowired private AanwezigheidExport aanwezigheidExport;
    @Autowired private OpvolgingService opvolgingService;
    @Autowired private GebruikerService gebruikerService;
    @Autowired private AuditLog auditLog;
    @Autowired private AuditRegelRepository auditRegels;
    @Autowired private InhoudService inhoudService;
    @Autowired private KennisrecordRepository records;
    @Autowired private TransactionTemplate transactie;
    @Autowired private MockMvc mvc;

    @TempDir
    private Path inhoudMap;

    /** What a place produced, to be checked. */
    private sealed interface Uitvoer permits Scherm, Json, Csv {}

    /** The current UI; {@code tekstZichtbaar}: the payload must be readable as text (it is not Markdown). */
    private record Scherm(boolean tekstZichtbaar) implements Uitvoer {}

    private record Json(MockHttpServletResponse antwoord) implements Uitvoer {}

    private record Csv(String tekst) implements Uitvoer {}

    @FunctionalInterface
    private interface Schrijf {
        Uitvoer met(String payload) throws Exception;
    }

    private record Plaats(String naam, Schrijf schrijf) {}

    private static Plaats plaats(String naam, Schrijf schrijf) {
        return new Plaats(naam, schrijf);
    }

    /** Every place where users write text today. Add new ones here (leernetwerk bijdragen, reacties...). */
    private List<Plaats> plaatsen() {
        return List.of(
                plaats("groepsnaam in de lijst van groepen", p -> toon("trainingen", groep(p))),
                plaats("groepsnaam op de groepspagina", p -> toon("trainingen/groep/" + groep(p))),
                plaats("deelnemernaam op de groepspagina", p -> toon("trainingen/groep/" + groepMetDeelnemer(p))),
                plaats("deelnemernaam op de aanwezigheidslijst", p -> toon("trainingen/bijeenkomst/" + bijeenkomst(p, null))),
                plaats("plaats van een bijeenkomst", p -> {
                    bijeenkomst("Deelnemer", p);
                    return toon("trainingen/groep/" + laatsteGroep);
                }),
                plaats("notities van een opvolging", p -> toon("trainingen/opvolging", opvolging(p))),
                plaats("naam van een gebruiker (beheer)", p -> alsBeheerder(() -> toon("beheer/gebruikers", gebruiker(p)))),
                plaats("auditlog (beheer)", p -> alsBeheerder(() -> toon("beheer/audit", auditRegel(p)))),
                plaats("zoekvraag, teruggegeven op de zoekpagina", p -> {
                    UI.getCurrent().navigate("");
                    UI.getCurrent().navigate("zoeken", QueryParameters.of("q", p));
                    return new Scherm(true);
                }),
                plaats("Markdown van een kennisrecord (import)", p -> {
                    UI.getCurrent().navigate("kennisbank/" + kennisrecord(p, ""));
                    return new Scherm(false);
                }),
                plaats("zoekfragmenten uit een kennisrecord", p -> {
                    String woord = "xssmerk" + letters(TELLER.incrementAndGet());
                    kennisrecord(woord + " " + p + " " + woord, woord);
                    UI.getCurrent().navigate("");
                    UI.getCurrent().navigate("zoeken", QueryParameters.of("q", woord));
                    return new Scherm(false);
                }),
                plaats("REST /api/zoeken", p -> new Json(mvc.perform(get("/api/zoeken").param("q", p)).andReturn().getResponse())),
                plaats("CSV-export van aanwezigheid", p -> {
                    long bijeenkomst = bijeenkomst(p, null);
                    aanwezigheidService.registreer(bijeenkomst, laatsteDeelnemer, AanwezigheidStatus.AANWEZIG, null);
                    return new Csv(aanwezigheidExport.csv(laatsteGroep, null, null));
                }),
                plaats("CSV-export van het auditlog", p -> alsBeheerder(() -> {
                    auditRegel(p);
                    StringWriter csv = new StringWriter();
                    transactie.execute(s -> auditLog.exporteerCsv(new AuditFilter(null, null, null, null, "xss:"), csv));
                    return new Csv(csv.toString());
                })));
    }

    @TestFactory
    Stream<DynamicTest> nothing_users_write_comes_out_executable() {
        return plaatsen().stream().map(plaats -> DynamicTest.dynamicTest(plaats.naam(), () -> {
            PLAATSEN.incrementAndGet();
            // a trainer of its own per place, so that its lists hold only what this place wrote
            String trainer = "xsstrainer" + TELLER.incrementAndGet();
            login(Rol.BEHEERDER);
            gebruikerService.maak(new NieuweGebruiker(trainer, "XSS Trainer", WACHTWOORD, Set.of(Rol.TRAINER)));
            List<String> problemen = new ArrayList<>();
            for (String payload : PAYLOADS) {
                login(trainer, WACHTWOORD); // again: some places sign in as beheerder or redacteur
                Uitvoer uitvoer;
                try {
                    uitvoer = plaats.schrijf().met(payload);
                } catch (ConstraintViolationException geweigerd) {
                    GEWEIGERD.incrementAndGet();
                    continue;
                }
                WEERGAVEN.incrementAndGet();
                problemen.addAll(controleer(uitvoer, payload).stream().map(p -> payload + " → " + p).toList());
            }
            assertThat(problemen).as(plaats.naam()).isEmpty();
        }));
    }

    private static List<String> controleer(Uitvoer uitvoer, String payload) {
        return switch (uitvoer) {
            case Scherm scherm -> {
                Onschadelijk.Weergave weergave = Onschadelijk.ui();
                List<String> problemen = new ArrayList<>(weergave.problemen());
                if (scherm.tekstZichtbaar() && !normaal(weergave.tekst()).contains(normaal(payload))) {
                    problemen.add("not shown as text");
                }
                yield problemen;
            }
            case Json json -> {
                List<String> problemen = new ArrayList<>();
                if (!String.valueOf(json.antwoord().getContentType()).startsWith("application/json")) {
                    problemen.add("content type " + json.antwoord().getContentType());
                }
                if (!"nosniff".equals(json.antwoord().getHeader("X-Content-Type-Options"))) {
                    problemen.add("no nosniff");
                }
                yield problemen;
            }
            case Csv csv -> Onschadelijk.formules(csv.tekst());
        };
    }

    /** Text as people read it: control characters and runs of white space as one space. */
    private static String normaal(String tekst) {
        return tekst.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
    }

    @AfterAll
    static void cijfers() {
        System.out.printf("XSS: %d payloads × %d places: %d renderings checked, %d refused by validation%n",
                PAYLOADS.size(), PLAATSEN.get(), WEERGAVEN.get(), GEWEIGERD.get());
    }

    @AfterEach
    void verwijderKennisrecords() {
        transactie.executeWithoutResult(s -> records.findAll().stream()
                .filter(r -> r.slug().startsWith("test-xss-"))
                .sorted(Comparator.comparing((Kennisrecord r) -> r.type() == KennisType.BRON))
                .forEach(records::delete));
    }

    // --- writing a payload where a user would ---

    private long laatsteGroep;
    private long laatsteDeelnemer;

    /** Opens the route afresh (Vaadin reuses the view when navigating to the current route). */
    private Scherm toon(String route, Object geschreven) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(route);
        return new Scherm(true);
    }

    private Scherm toon(String route) {
        return toon(route, null);
    }

    private long groep(String naam) {
        laatsteGroep = groepService.maak(new NieuweGroep(naam, "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 3, 1), null, 3));
        return laatsteGroep;
    }

    private long groepMetDeelnemer(String naam) {
        groep("XSS-groep " + TELLER.incrementAndGet());
        laatsteDeelnemer = groepService.voegDeelnemerToe(laatsteGroep, new NieuweDeelnemer(naam, Contactkanaal.EMAIL, null, null));
        return laatsteGroep;
    }

    private long bijeenkomst(String deelnemer, String plaats) {
        groepMetDeelnemer(deelnemer);
        return groepService.planBijeenkomst(laatsteGroep, new NieuweBijeenkomst(LocalDate.of(2027, 3, 1),
                LocalTime.of(9, 0), LocalTime.of(11, 0), plaats));
    }

    private Object opvolging(String notitie) {
        long bijeenkomst = bijeenkomst("Opvolg " + TELLER.incrementAndGet(), null);
        aanwezigheidService.registreer(bijeenkomst, laatsteDeelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        var punt = opvolgingService.open().stream().filter(o -> o.groepId() == laatsteGroep).findFirst().orElseThrow();
        opvolgingService.bewaar(punt.id(), punt.versie(), true, notitie, notitie, notitie, false);
        return punt.id();
    }

    private Object gebruiker(String naam) {
        return gebruikerService.maak(new NieuweGebruiker("xss" + TELLER.incrementAndGet(), naam, WACHTWOORD,
                Set.of(Rol.LID)));
    }

    private Object auditRegel(String tekst) {
        return auditRegels.save(new AuditRegel(Instant.now(), "xss-test", tekst, "xss:" + tekst));
    }

    /** Imports one knowledge record with the payload as title (when YAML allows) and as Markdown body. */
    private String kennisrecord(String markdown, String titel) throws IOException {
        String slug = "test-xss-" + TELLER.incrementAndGet();
        String yamlTitel = (titel.isEmpty() ? markdown : titel).replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\t", "\\t");
        try (Stream<Path> oud = Files.list(inhoudMap)) {
            for (Path pad : oud.toList()) {
                Files.delete(pad);
            }
        }
        Files.writeString(inhoudMap.resolve(slug + ".md"), """
                ---
                type: bron
                id: %s
                titel: "%s"
                ---
                %s
                """.formatted(slug, yamlTitel, markdown), StandardCharsets.UTF_8);
        login(Rol.REDACTEUR);
        inhoudService.importeer(inhoudMap);
        return slug;
    }

    private <T> T alsBeheerder(java.util.concurrent.Callable<T> werk) throws Exception {
        login(Rol.BEHEERDER);
        return werk.call();
    }

    private static String letters(int getal) {
        StringBuilder s = new StringBuilder();
        for (int n = getal; n > 0; n /= 26) {
            s.append((char) ('a' + n % 26));
        }
        return s.toString();
    }

    private static List<String> payloads() {
        try (InputStream in = OnbetrouwbareInhoudTest.class.getResourceAsStream("/beveiliging/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(regel -> !regel.isBlank() && !regel.startsWith("#"))
                    .map(regel -> regel.replace("\\n", "\n").replace("\\t", "\t"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
