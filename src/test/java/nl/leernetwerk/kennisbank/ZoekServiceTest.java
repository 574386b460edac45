package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Dutch search through the one ZoekService, on the project's content plus a few records made for these checks. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoekServiceTest {

    @Autowired
    private ZoekService zoekService;

    @Autowired
    private InhoudService inhoud;

    @Autowired
    private KennisrecordRepository records;

    @Autowired
    private TransactionTemplate transactie;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private Aanmelding aanmelding;

    @BeforeAll
    void testrecords() throws IOException {
        Path map = Files.createTempDirectory("zoektest");
        record("test-solliciteren", "Training sollicitatievaardigheden",
                "Deelnemers oefenen hun sollicitatievaardigheden samen met een participatiecoach.", map);
        record("test-reintegratie", "Reïntegratie in de wijk", "Over de re-integratie van cliënten in Oosterwolde.", map);
        record("test-buddy", "Buddyproject Oosterwolde", "Elke nieuwkomer krijgt een buddy uit de buurt.", map);
        record("test-werkt", "Waarom het lukt", "Dit werkt omdat de groep samen aan iets zinnigs bouwt.", map);
        record("test-exact", "Blorpmeter", "Een blorpmeter meet blorpen.", map);
        record("test-bijna", "Blorpmetor", "Een blorpmetor is iets anders.", map);
        aanmelding.als("test", Rol.BEHEERDER, () -> inhoud.importeer(map));
    }

    private static void record(String id, String titel, String tekst, Path map) throws IOException {
        Files.writeString(map.resolve(id + ".md"), """
                ---
                type: praktijkvoorbeeld
                id: %s
                titel: "%s"
                themas: [testthema]
                ---
                %s
                """.formatted(id, titel, tekst));
    }

    @AfterAll
    void verwijderTestrecords() {
        transactie.executeWithoutResult(s -> records.findAll().stream()
                .filter(r -> r.slug().startsWith("test-")).forEach(records::delete));
    }

    /** What a query finds among the records made for these checks (thema "testthema"), best first. */
    private List<String> gevonden(String tekst) {
        return zoekService.zoek(new Zoekvraag(tekst, Map.of(Facet.THEMA, Set.of("testthema")), 0, 20)).treffers()
                .stream().map(t -> t.record().slug()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vaardigheden", "sollicitatie", "coach"})
    void compound_words_are_found_by_their_parts(String deel) {
        assertThat(gevonden(deel)).containsExactly("test-solliciteren");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reintegratie", "reïntegratie", "re-integratie", "re integratie", "Re-Integratie"})
    void hyphens_and_diacritics_do_not_matter(String schrijfwijze) {
        assertThat(gevonden(schrijfwijze)).contains("test-reintegratie");
        assertThat(gevonden("client oosterwolde")).first().isEqualTo("test-reintegratie");
    }

    @Test
    void dutch_word_forms_find_each_other() {
        assertThat(gevonden("werken")).containsExactly("test-werkt");
        assertThat(gevonden("bouwen")).containsExactly("test-werkt");
    }

    @Test
    void synonyms_from_the_content_folder_apply_at_query_time() {
        List<String> treffers = gevonden("maatje oosterwolde");
        assertThat(treffers).contains("test-buddy", "test-reintegratie");
        assertThat(treffers.indexOf("test-buddy")).isLessThan(treffers.indexOf("test-reintegratie"));
        assertThat(gevonden("vluchteling buddy")).contains("test-buddy");
    }

    @Test
    void a_typo_still_finds_the_record_but_exact_words_rank_first() {
        assertThat(gevonden("solicitatievaardigheden")).containsExactly("test-solliciteren");
        assertThat(gevonden("blorpmetor")).containsExactly("test-bijna", "test-exact");
        assertThat(gevonden("blorpmeter")).containsExactly("test-exact", "test-bijna");
    }

    @Test
    void a_query_that_finds_nothing_gets_a_did_you_mean() {
        Zoekresultaat resultaat = zoekService.zoek(Zoekvraag.van("zelfvetrouwn"));

        assertThat(resultaat.bedoeldeU()).contains("zelfvertrouwen");
        assertThat(zoekService.zoek(Zoekvraag.van("zelfvertrouwen")).bedoeldeU()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"maatje", "maatje\"\"", "+-*~:", "(((", "AND OR NOT", "maatje~2^3", "\\", "*", "?",
            "\u0000\u0007maatje\u001b", "'; drop table kennisrecord; --", "<script>alert(1)</script>", "   "})
    void malformed_input_never_fails(String invoer) {
        assertThatCode(() -> zoekService.zoek(Zoekvraag.van(invoer))).doesNotThrowAnyException();
        assertThatCode(() -> zoekService.suggesties(invoer, 8)).doesNotThrowAnyException();
    }

    @Test
    void ten_thousand_characters_are_cut_to_size_and_searched() {
        Zoekvraag vraag = Zoekvraag.van("maatje ".repeat(1500));

        assertThat(vraag.tekst()).hasSizeLessThanOrEqualTo(Zoekvraag.MAX_TEKST);
        assertThat(zoekService.zoek(vraag).totaal()).isPositive();
    }

    @Test
    void facets_count_and_filter_the_results() {
        Zoekresultaat alles = zoekService.zoek(Zoekvraag.van("netwerk"));
        long trainingen = alles.facetten().get(Facet.TYPE).stream().filter(w -> w.waarde().equals("training"))
                .findFirst().orElseThrow().aantal();

        Zoekresultaat gefilterd = zoekService.zoek(new Zoekvraag("netwerk",
                Map.of(Facet.TYPE, Set.of("training")), 0, 50));

        assertThat(gefilterd.totaal()).isEqualTo(trainingen);
        assertThat(gefilterd.treffers()).allSatisfy(t -> assertThat(t.record().type()).isEqualTo(KennisType.TRAINING));
        assertThat(alles.facetten().get(Facet.WERKZAAM_ELEMENT)).anySatisfy(w -> {
            assertThat(w.waarde()).isEqualTo("sociaal-netwerk");
            assertThat(w.label()).isEqualTo("Sociaal netwerk en groep");
        });
        assertThat(zoekService.zoek(new Zoekvraag("netwerk", Map.of(Facet.TREDE, Set.of("zeven")), 0, 10)).totaal())
                .isZero();
    }

    /**
     * The werkzaam-element and bron facets are counted by record id: they list the same values in the same order,
     * with the same counts, as counting the slugs (how they were counted before), with the records' titles.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "training"})
    void facets_of_linked_records_are_those_of_their_slugs(String type) {
        Zoekresultaat resultaat = zoekService.zoek(new Zoekvraag("",
                type.isEmpty() ? Map.of() : Map.of(Facet.TYPE, Set.of(type)), 0, 10));

        List<KennisType> types = type.isEmpty() ? List.of() : List.of(KennisType.valueOf(type.toUpperCase()));
        for (Facet facet : List.of(Facet.WERKZAAM_ELEMENT, Facet.BRON)) {
            List<Map.Entry<String, Long>> perSlug = transactie.execute(status -> {
                AggregationKey<Map<String, Long>> sleutel = AggregationKey.of("slugs");
                SearchResult<?> slugs = Search.session(entityManager).search(Kennisrecord.class)
                        .where(f -> type.isEmpty() ? f.matchAll()
                                : f.terms().field("type").matchingAny(types))
                        .aggregation(sleutel, f -> f.terms().field(facet.veld(), String.class).maxTermCount(100))
                        .fetch(0);
                return List.copyOf(slugs.aggregation(sleutel).entrySet());
            });
            if (type.isEmpty()) {
                assertThat(perSlug).isNotEmpty();
            }
            assertThat(resultaat.facetten().get(facet)).extracting(w -> Map.entry(w.waarde(), w.aantal()))
                    .containsExactlyElementsOf(perSlug);
            assertThat(resultaat.facetten().get(facet)).allSatisfy(w -> assertThat(w.label())
                    .isEqualTo(records.findBySlug(w.waarde()).orElseThrow().titel()));
        }
    }

    @Test
    void hits_have_highlighted_fragments_that_are_safe_html() {
        Zoekresultaat resultaat = zoekService.zoek(Zoekvraag.van("sollicitatievaardigheden"));

        assertThat(resultaat.treffers()).anySatisfy(t -> assertThat(t.fragmenten())
                .anySatisfy(f -> assertThat(f).contains("<em>")));
        assertThat(resultaat.treffers()).allSatisfy(t -> assertThat(t.fragmenten())
                .allSatisfy(f -> assertThat(f.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">")));
    }

    @Test
    void suggestions_complete_titles_while_typing() {
        assertThat(zoekService.suggesties("sterk na", 8)).first()
                .extracting(KennisrecordSamenvatting::titel).isEqualTo("Sterk naar werk");
    }

    @Test
    void more_like_this_shares_werkzame_elementen() {
        List<KennisrecordSamenvatting> vergelijkbaar = zoekService.meerZoalsDit("de-cirkel-almere", 5);

        assertThat(vergelijkbaar).hasSize(5).noneMatch(s -> s.slug().equals("de-cirkel-almere"));
    }

    @Test
    void paging_walks_through_all_hits_once() {
        long totaal = zoekService.zoek(Zoekvraag.van("werk")).totaal();
        List<String> alle = new java.util.ArrayList<>();
        for (int pagina = 0; pagina * 25 < totaal; pagina++) {
            zoekService.zoek(new Zoekvraag("werk", Map.of(), pagina, 25)).treffers()
                    .forEach(t -> alle.add(t.record().slug()));
        }
        assertThat(alle).hasSize((int) totaal).doesNotHaveDuplicates();
    }
}
