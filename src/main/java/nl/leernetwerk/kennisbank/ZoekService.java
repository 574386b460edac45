package nl.leernetwerk.kennisbank;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.zoeken.ZoekAnalyse;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All searching in the kennisbank: the search page, the header suggestions, "meer zoals dit",
 * the REST API and the search evaluation use this one service.
 */
@Service
@Transactional(readOnly = true)
public class ZoekService {

    private static final int FRAGMENT_LENGTE = 160;

    private final EntityManager entityManager;
    private final KennisrecordRepository records;
    private final Woordenschat woordenschat;

    ZoekService(EntityManager entityManager, KennisrecordRepository records, Woordenschat woordenschat) {
        this.entityManager = entityManager;
        this.records = records;
        this.woordenschat = woordenschat;
    }

    public Zoekresultaat zoek(Zoekvraag vraag) {
        // A long question of many distinct words (each matched fuzzily) can exceed Lucene's clause limit
        // (found by ZoekFuzzTest): then the question is shortened to its first words instead of failing.
        Zoekvraag huidig = vraag;
        for (int woorden : new int[] {16, 4}) {
            try {
                return zoekZoals(huidig);
            } catch (RuntimeException e) {
                if (!teVeelClausules(e)) {
                    throw e;
                }
                huidig = new Zoekvraag(String.join(" ", java.util.Arrays.stream(vraag.tekst().split(" "))
                        .limit(woorden).map(w -> w.length() > 30 ? w.substring(0, 30) : w).toList()),
                        vraag.filters(), vraag.pagina(), vraag.grootte());
            }
        }
        try {
            return zoekZoals(huidig);
        } catch (RuntimeException e) {
            if (!teVeelClausules(e)) {
                throw e;
            }
            return zoekZoals(new Zoekvraag("", vraag.filters(), vraag.pagina(), vraag.grootte()));
        }
    }

    private static boolean teVeelClausules(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
                return true;
            }
        }
        return false;
    }

    private Zoekresultaat zoekZoals(Zoekvraag vraag) {
        SearchSession sessie = Search.session(entityManager);
        Optional<String> verbeterd = vraag.tekst().isEmpty() ? Optional.empty() : woordenschat.verbeter(vraag.tekst());
        Map<Facet, AggregationKey<Map<Object, Long>>> sleutels = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            sleutels.put(facet, AggregationKey.of(facet.name()));
        }
        SearchResult<List<?>> resultaat = sessie.search(Kennisrecord.class)
                .select(f -> f.composite().from(f.entity(Kennisrecord.class), f.score()).asList())
                .where((f, root) -> {
                    root.add(vraag.tekst().isEmpty() ? f.matchAll() : tekstPredicaat(f, vraag.tekst(), verbeterd));
                    vraag.filters().forEach((facet, waarden) -> root.add(filter(f, facet, waarden)));
                })
                .aggregation(sleutels.get(Facet.TYPE), f -> telling(f, Facet.TYPE))
                .aggregation(sleutels.get(Facet.DOELGROEP), f -> telling(f, Facet.DOELGROEP))
                .aggregation(sleutels.get(Facet.TREDE), f -> telling(f, Facet.TREDE))
                .aggregation(sleutels.get(Facet.THEMA), f -> telling(f, Facet.THEMA))
                .aggregation(sleutels.get(Facet.WERKZAAM_ELEMENT), f -> telling(f, Facet.WERKZAAM_ELEMENT))
                .aggregation(sleutels.get(Facet.BEWIJSNIVEAU), f -> telling(f, Facet.BEWIJSNIVEAU))
                .aggregation(sleutels.get(Facet.REGIO), f -> telling(f, Facet.REGIO))
                .aggregation(sleutels.get(Facet.BRON), f -> telling(f, Facet.BRON))
                .fetch(vraag.pagina() * vraag.grootte(), vraag.grootte());

        List<Kennisrecord> gevonden = resultaat.hits().stream().map(hit -> (Kennisrecord) hit.get(0)).toList();
        Map<String, List<String>> fragmenten = fragmenten(sessie, gevonden, vraag.tekst(), verbeterd);
        List<Zoekresultaat.Treffer> treffers = resultaat.hits().stream().map(hit -> {
            Kennisrecord record = (Kennisrecord) hit.get(0);
            return new Zoekresultaat.Treffer(samenvatting(record), fragmenten.getOrDefault(record.slug(), List.of()),
                    (Float) hit.get(1));
        }).toList();
        Map<Facet, Map<Object, Long>> aantallen = new EnumMap<>(Facet.class);
        sleutels.forEach((facet, sleutel) -> aantallen.put(facet, resultaat.aggregation(sleutel)));
        Map<String, String> titels = titels(aantallen);
        Map<Facet, List<Zoekresultaat.FacetWaarde>> facetten = new EnumMap<>(Facet.class);
        aantallen.forEach((facet, perWaarde) -> facetten.put(facet, facetWaarden(facet, perWaarde, titels)));
        long totaal = resultaat.total().hitCount();
        return new Zoekresultaat(totaal, treffers, facetten, verbeterd);
    }

    private static AggregationFinalStep<Map<Object, Long>> telling(SearchAggregationFactory f, Facet facet) {
        return f.terms().field(facet.veld(), Object.class, ValueModel.INDEX).maxTermCount(100);
    }

    /**
     * Matches in title, summary, body, linked records' titles and organisation, best in the title.
     * The words as typed count more than their synonyms (a broad synonym group must not swamp
     * the exact term); records with all words, or the words as a phrase, come first; typos (one
     * edit) and word beginnings count, but less than exact words. A word the kennisbank does not
     * know is also searched as the known word it most likely is a typo of ({@code verbeterd}).
     */
    private static PredicateFinalStep tekstPredicaat(SearchPredicateFactory f, String tekst, Optional<String> verbeterd) {
        return f.bool().with(b -> {
            verbeterd.ifPresent(v -> b.should(velden(f).matching(v).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).boost(0.7f)));
            b.should(velden(f).matching(tekst).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN));
            b.should(velden(f).matching(tekst).boost(0.5f));
            b.should(velden(f).matching(tekst).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).minimumShouldMatchPercent(100)
                    .boost(0.5f));
            b.should(f.phrase().field("titel").boost(2f).field("samenvatting").field("inhoud")
                    .matching(tekst).slop(2).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).boost(2f));
            b.should(f.match().field("titel").boost(2f).field("samenvatting").field("inhoud")
                    .matching(tekst).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).fuzzy(1, 2).boost(0.3f));
            b.should(f.match().field("titel_begin").matching(tekst).boost(0.5f));
        });
    }

    private static org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep<?, ?> velden(
            SearchPredicateFactory f) {
        return f.match().field("titel").boost(2f).field("samenvatting").boost(1.5f).field("inhoud")
                .field("verbanden").boost(0.3f).field("organisatie");
    }

    private static PredicateFinalStep filter(SearchPredicateFactory f, Facet facet, Set<String> waarden) {
        List<Object> termen = waarden.stream().map(w -> indexWaarde(facet, w)).filter(Objects::nonNull).toList();
        if (termen.isEmpty()) {
            return f.matchNone();
        }
        return f.terms().field(facet.veld()).matchingAny(termen, ValueModel.INDEX);
    }

    /** A filter value from a URL as the index holds it; null when it cannot be one. */
    private static Object indexWaarde(Facet facet, String waarde) {
        return switch (facet) {
            case TYPE -> Code.van(KennisType.class, waarde).map(Enum::name).orElse(null);
            case BEWIJSNIVEAU -> Code.van(Bewijsniveau.class, waarde).map(Enum::name).orElse(null);
            case TREDE -> waarde.matches("[1-6]") ? Integer.valueOf(waarde) : null;
            default -> waarde;
        };
    }

    private static List<Zoekresultaat.FacetWaarde> facetWaarden(Facet facet, Map<Object, Long> aantallen,
            Map<String, String> titels) {
        List<Zoekresultaat.FacetWaarde> waarden = new ArrayList<>();
        aantallen.forEach((sleutel, aantal) -> {
            String waarde = switch (facet) {
                case TYPE -> KennisType.valueOf(sleutel.toString()).code();
                case BEWIJSNIVEAU -> Bewijsniveau.valueOf(sleutel.toString()).code();
                default -> sleutel.toString();
            };
            waarden.add(new Zoekresultaat.FacetWaarde(waarde, titels.getOrDefault(waarde, waarde), aantal));
        });
        return waarden;
    }

    /** Titles of the linked records counted in the werkzaam-element and bron facets, in one query. */
    private Map<String, String> titels(Map<Facet, Map<Object, Long>> aantallen) {
        List<String> slugs = new ArrayList<>();
        for (Facet facet : List.of(Facet.WERKZAAM_ELEMENT, Facet.BRON)) {
            aantallen.get(facet).keySet().forEach(slug -> slugs.add(String.valueOf(slug)));
        }
        Map<String, String> titels = new LinkedHashMap<>();
        if (!slugs.isEmpty()) {
            records.titels(slugs).forEach(r -> titels.put((String) r[0], (String) r[1]));
        }
        return titels;
    }

    /**
     * Highlighted passages of summary and body for the hits of one page, with at most two per hit. A second
     * query over just these records, with the words as typed, their synonyms and the did-you-mean words, but
     * without the typo (fuzzy) clauses: the highlighter expands those per record and field, which cost more
     * than the whole search at 100 000 records (docs/benchmarks.md).
     */
    private static Map<String, List<String>> fragmenten(SearchSession sessie, List<Kennisrecord> records, String tekst,
            Optional<String> verbeterd) {
        if (records.isEmpty() || tekst.isEmpty()) {
            return Map.of();
        }
        List<String> slugs = records.stream().map(Kennisrecord::slug).toList();
        Map<String, List<String>> fragmenten = new LinkedHashMap<>();
        sessie.search(Kennisrecord.class)
                .select(f -> f.composite().from(f.field("slug", String.class), f.highlight("samenvatting"),
                        f.highlight("inhoud")).asList())
                .where(f -> f.bool().with(b -> {
                    b.must(f.terms().field("slug").matchingAny(slugs));
                    b.should(f.match().field("samenvatting").field("inhoud").matching(tekst));
                    verbeterd.ifPresent(v -> b.should(f.match().field("samenvatting").field("inhoud").matching(v)));
                }))
                .highlighter(f -> f.fastVector().encoder(HighlighterEncoder.HTML).fragmentSize(FRAGMENT_LENGTE)
                        .numberOfFragments(2))
                .fetchHits(slugs.size())
                .forEach(hit -> {
                    List<String> passages = new ArrayList<>();
                    for (Object highlights : List.of(hit.get(1), hit.get(2))) {
                        ((List<?>) highlights).forEach(h -> passages.add(h.toString()));
                    }
                    fragmenten.put((String) hit.get(0), passages.stream().limit(2).toList());
                });
        return fragmenten;
    }

    /** Titles that start with what was typed so far, best first, for suggestions while typing. */
    public List<KennisrecordSamenvatting> suggesties(String begin, int maximum) {
        String tekst = Zoekvraag.schoon(begin);
        if (tekst.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(Kennisrecord.class)
                .where(f -> f.match().field("titel_begin").matching(tekst).minimumShouldMatchPercent(100))
                .fetchHits(Math.clamp(maximum, 1, 20)).stream().map(ZoekService::samenvatting).toList();
    }

    /** Records that share werkzame elementen, thema's and doelgroepen with this one. */
    public List<KennisrecordSamenvatting> meerZoalsDit(String slug, int maximum) {
        Optional<Kennisrecord> gevonden = records.findBySlug(slug);
        if (gevonden.isEmpty()) {
            return List.of();
        }
        Kennisrecord record = gevonden.get();
        List<String> elementen = new ArrayList<>(record.getWerkzameElementSlugs());
        if (record.type() == KennisType.WERKZAAM_ELEMENT) {
            elementen.add(record.slug());
        }
        return Search.session(entityManager).search(Kennisrecord.class)
                .where(f -> f.bool().with(b -> {
                    if (!elementen.isEmpty()) {
                        b.should(f.terms().field("werkzaam_element").matchingAny(elementen).boost(3f));
                    }
                    if (!record.themas().isEmpty()) {
                        b.should(f.terms().field("themas").matchingAny(record.themas()));
                    }
                    if (!record.doelgroep().isEmpty()) {
                        b.should(f.terms().field("doelgroep").matchingAny(record.doelgroep()));
                    }
                    if (record.cluster() != null) {
                        b.should(f.match().field("cluster").matching(record.cluster()).boost(2f));
                    }
                    b.mustNot(f.match().field("slug").matching(record.slug()));
                    b.minimumShouldMatchNumber(1);
                }))
                .fetchHits(Math.clamp(maximum, 1, 20)).stream().map(ZoekService::samenvatting).toList();
    }

    static KennisrecordSamenvatting samenvatting(Kennisrecord record) {
        return new KennisrecordSamenvatting(record.slug(), record.type(), record.titel(), record.samenvatting(),
                record.bewijsniveau());
    }
}
