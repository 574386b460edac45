package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.leernetwerk.Fuzz;
import nl.leernetwerk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Fuzzes search input: whatever people or clients type, search answers (possibly with nothing) and never errs. */
@IntegrationTest
@AutoConfigureMockMvc
class ZoekFuzzTest {

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private MockMvc mvc;

    @Test
    void any_text_is_a_valid_search_question() {
        Fuzz.strings("Zoekvraag", Fuzz.pogingen(5000), Fuzz::tekst, tekst -> {
            Zoekvraag vraag = Zoekvraag.van(tekst);
            assertThat(vraag.tekst()).hasSizeLessThanOrEqualTo(Zoekvraag.MAX_TEKST).doesNotContainPattern("\\p{Cc}");
        });
    }

    @Test
    void the_search_service_answers_any_text_with_any_filters() {
        Random filters = new Random(Fuzz.seed());
        Fuzz.strings("ZoekService", Fuzz.pogingen(120), Fuzz::tekst, tekst -> {
            Map<Facet, Set<String>> gekozen = new EnumMap<>(Facet.class);
            if (filters.nextBoolean()) {
                Facet facet = Facet.values()[filters.nextInt(Facet.values().length)];
                gekozen.put(facet, Set.of(Fuzz.tekst(filters)));
            }
            Zoekresultaat resultaat = zoekService.zoek(new Zoekvraag(tekst, gekozen, filters.nextInt(5) - 1, 10));
            assertThat(resultaat).isNotNull();
            zoekService.suggesties(tekst, 5);
        });
    }

    /** The costliest question a person can type: the longest text of distinct words (each matched fuzzily). */
    @Test
    void the_longest_question_of_distinct_words_is_answered() {
        Random random = new Random(Fuzz.seed());
        StringBuilder tekst = new StringBuilder();
        while (tekst.length() < Zoekvraag.MAX_TEKST) {
            for (int i = 0; i < 3 + random.nextInt(8); i++) {
                tekst.append((char) ('a' + random.nextInt(26)));
            }
            tekst.append(' ');
        }
        long start = System.nanoTime();
        Zoekresultaat resultaat = zoekService.zoek(Zoekvraag.van(tekst.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Longest question (%d words): answered in %d ms, %d hits%n",
                tekst.toString().split(" ").length, ms, resultaat.totaal());
        assertThat(resultaat).isNotNull();
    }

    @Test
    void the_rest_api_answers_any_query_without_a_server_error() {
        Random getallen = new Random(Fuzz.seed());
        Fuzz.strings("GET /api/zoeken", Fuzz.pogingen(60), Fuzz::tekst, tekst -> {
            String pagina = List.of("1", "0", "-5", "99999999999", "x", String.valueOf(getallen.nextInt()))
                    .get(getallen.nextInt(6));
            int status = mvc.perform(get("/api/zoeken").param("q", tekst).param("pagina", pagina))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("status for page " + pagina).isIn(200, 400);
        });
    }
}
