package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.leernetwerk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fuzzes search input with Jazzer (coverage-guided, with a dictionary of query syntax): whatever
 * people or clients type, with any filters and page, search answers (possibly with nothing) and
 * never errs. In the normal test run the inputs of {@code ZoekFuzzTestInputs} are replayed; the
 * build's {@code fuzz-zoeken} execution fuzzes for a bounded time ({@code JAZZER_FUZZ=1}).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ZoekFuzzTest {

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private MockMvc mvc;

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"\"", "'", "\\", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "~", "*", "?",
        ":", "/", "AND", "OR", "NOT", "*:*", "~2", "^10", "titel:", "\u0000", "\t", "\u00a0", "\u200b", "\ufeff",
        "\ud83d\ude00", "é", "ß", "ﬁ", "İ", "re-integratie", "werkfit", "maatje", "sollicitatie", "jongeren"})
    void any_text_with_any_filters_is_answered(FuzzedDataProvider data) {
        String tekst = data.consumeString(data.consumeBoolean() ? 20_000 : 80);
        Zoekvraag schoon = Zoekvraag.van(tekst);
        assertThat(schoon.tekst()).hasSizeLessThanOrEqualTo(Zoekvraag.MAX_TEKST).doesNotContainPattern("\\p{Cc}");

        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (data.consumeBoolean()) {
            filters.put(data.pickValue(Facet.values()), Set.of(data.consumeString(40)));
        }
        Zoekresultaat resultaat = zoekService.zoek(new Zoekvraag(tekst, filters, data.consumeInt(-1, 3), 10));
        assertThat(resultaat).isNotNull();
        assertThat(zoekService.suggesties(tekst, 5)).isNotNull();
    }

    /** The costliest question a person can type: the longest text of distinct words (each matched fuzzily). */
    @Test
    void the_longest_question_of_distinct_words_is_answered() {
        Random random = new Random(20261123L);
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

    /** The malformed input the issue names, through the REST API: an answer or a 400, never a server error. */
    @Test
    void the_rest_api_answers_malformed_queries_without_a_server_error() throws Exception {
        List<String> vragen = List.of("\"werkfit", "werk\"\"fit\"", "+-*~:", "title:(a OR", "a".repeat(10_000),
                "werk\u0000\u0007\u001bfit", "\ud800", "*:*", "re-integratie~2^10", "%", "\\");
        for (String vraag : vragen) {
            for (String pagina : List.of("1", "0", "-5", "99999999999", "x")) {
                int status = mvc.perform(get("/api/zoeken").param("q", vraag).param("pagina", pagina))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as("status for %s, page %s", vraag, pagina).isIn(200, 400);
            }
        }
    }
}
