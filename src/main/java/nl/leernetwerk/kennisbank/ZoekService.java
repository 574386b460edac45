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
import java.util.StringJoiner;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.zoeken.Markeerder;
import nl.leernetwerk.kennisbank.zoeken.ZoekAnalyse;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
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
    /** A search for most of the words that finds fewer hits than this is repeated for any of the words. */
    static final int GENOEG = 10;
    /**
     * Words of at least this many letters are also searched with one typing error (a shorter word has too many
     * neighbours that are other words; it is corrected through "Bedoelde u" when the kennisbank does not know it).
     */
    private static final int KORTSTE_TYPFOUT = 5;
    /**
     * A longer question is searched for its first words: each word brings some 30 clauses, and Elasticsearch
     * refuses a query of more than 1 024 (found by ZoekServiceElasticsearchIT with 10 000 characters).
     */
    static final int MAX_WOORDEN = 12;
    /**
     * What each query word a record has adds to its score, whatever its term statistics: about what a good body
     * match of one word scores, so that having another of the words outweighs repeating one (measured on the
     * public and variant query sets: 3 and 5 better than 1, 8 worse; docs/benchmarks.md).
     */
    private static final float PER_WOORD = 5f;
    /** The most values a facet lists. */
    private static final int MAX_WAARDEN = 100;
    /** How many values of a facet counted by id are fetched to choose those listed (bounded for Elasticsearch). */
    private static final int ALLE_WAARDEN = 10_000;
    /**
     * Facets whose values are linked records, counted by the records' ids: a text facet looks every counted value
     * up in the terms dictionary (a compressed block per look-up), and these have thousands of values at 100 000
     * records; numbers need no look-up. The slugs and titles come from the database (cached).
     */
    private static final Map<Facet, String> OP_ID = Map.of(Facet.WERKZAAM_ELEMENT, "werkzaam_element_id",
            Facet.BRON, "bron_id");

    private final EntityManager entityManager;
    private final KennisrecordRepository records;
    private final Woordenschat woordenschat;
    private final ZoekAnalyse analyse;
    private final Markeerder markeerder;
    private volatile Map<Long, Verwezen> verwezenCache = Map.of();
    private volatile long titelsBij = -1;
    private volatile long titelsTot;

    ZoekService(EntityManager entityManager, KennisrecordRepository records, Woordenschat woordenschat,
            ZoekAnalyse analyse, Markeerder markeerder) {
        this.entityManager = entityManager;
        this.records = records;
        this.woordenschat = woordenschat;
        this.analyse = analyse;
        this.markeerder = markeerder;
    }

    /**
     * Waits until a background rebuild of the did-you-mean vocabulary has finished, and says how long the last
     * rebuild took (for measurements: the benchmark).
     */
    public java.time.Duration wachtOpWoordenschat() {
        return woordenschat.wachtOpOpbouw();
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
            if (t instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses
                    // the same limit on Elasticsearch/OpenSearch, reported in the response body
                    || String.valueOf(t.getMessage()).contains("too_many_nested_clauses")
                    || String.valueOf(t.getMessage()).contains("too_many_clauses")) {
                return true;
            }
        }
        return false;
    }

    private Zoekresultaat zoekZoals(Zoekvraag vraag) {
        SearchSession sessie = Search.session(entityManager);
        List<Woord> woorden = woorden(vraag.tekst());
        Optional<String> verbeterd = bedoeldeU(woorden);
        Map<Facet, AggregationKey<Map<Object, Long>>> sleutels = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            sleutels.put(facet, AggregationKey.of(facet.name()));
        }
        SearchResult<List<?>> resultaat;
        if (woorden.isEmpty()) {
            resultaat = zoekMet(sessie, vraag, vraag.tekst().isEmpty() ? Optional.empty() : Optional.of(List.of()), 0,
                    sleutels);
        } else {
            // Most of the words first: precise, and at 100 000 records a much smaller set of hits to score and
            // count; any of the words when that finds too little (a rare word, words no text shares).
            int meeste = meeste(woorden.size());
            resultaat = zoekMet(sessie, vraag, Optional.of(woorden), meeste, sleutels);
            if (meeste > 1 && resultaat.total().hitCount() < GENOEG) {
                resultaat = zoekMet(sessie, vraag, Optional.of(woorden), 1, sleutels);
            }
        }
        return resultaat(vraag, resultaat, sleutels, verbeterd);
    }

    /** Most of {@code n} words: all of one or two, three quarters (rounded down) of more ("2<75%"). */
    static int meeste(int n) {
        return n <= 2 ? n : n * 3 / 4;
    }

    /**
     * One word of the query as typed, with what else it is searched as: the known word it most likely is a typo
     * of ("Bedoelde u"), and whether it is rare enough in the kennisbank to be searched with one typing error.
     */
    record Woord(String tekst, Optional<String> verbeterd, boolean metTypfout) {}

    private List<Woord> woorden(String tekst) {
        if (tekst.isEmpty()) {
            return List.of();
        }
        List<Woord> woorden = new ArrayList<>();
        // a word typed twice adds nothing but clauses
        for (String woord : analyse.zoekwoorden(tekst).stream().distinct().limit(MAX_WOORDEN).toList()) {
            Optional<String> verbeterd = woordenschat.verbeter(woord);
            String letters = ZoekAnalyse.normaliseer(woord).replaceAll("[^\\p{L}]+", "");
            boolean metTypfout = letters.length() >= KORTSTE_TYPFOUT;
            woorden.add(new Woord(woord, verbeterd, metTypfout));
        }
        return woorden;
    }

    /** The query with unknown words replaced by the known words they most likely are typos of, when any is. */
    private static Optional<String> bedoeldeU(List<Woord> woorden) {
        if (woorden.stream().allMatch(w -> w.verbeterd().isEmpty())) {
            return Optional.empty();
        }
        StringJoiner tekst = new StringJoiner(" ");
        for (Woord woord : woorden) {
            tekst.add(woord.verbeterd().orElseGet(() -> String.join(" ",
                    java.util.Arrays.stream(ZoekAnalyse.normaliseer(woord.tekst()).split("[^\\p{L}\\p{N}]+"))
                            .filter(w -> !w.isEmpty()).toList())));
        }
        return Optional.of(tekst.toString());
    }

    /**
     * One search with facets; {@code woorden} empty means all records, an empty list means nothing (a query of
     * only stop words or signs), else at least {@code minimum} of the words must match.
     */
    private static SearchResult<List<?>> zoekMet(SearchSession sessie, Zoekvraag vraag, Optional<List<Woord>> woorden,
            int minimum, Map<Facet, AggregationKey<Map<Object, Long>>> sleutels) {
        return sessie.search(Kennisrecord.class)
                .select(f -> f.composite().from(f.entity(Kennisrecord.class), f.score()).asList())
                .where((f, root) -> {
                    root.add(woorden.isEmpty() ? f.matchAll()
                            : woorden.get().isEmpty() ? f.matchNone()
                            : tekstPredicaat(f, String.join(" ", woorden.get().stream().map(Woord::tekst).toList()),
                                    woorden.get(), minimum));
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
    }

    /** The page of hits with highlighted fragments, and the facets with the titles of linked records. */
    private Zoekresultaat resultaat(Zoekvraag vraag, SearchResult<List<?>> resultaat,
            Map<Facet, AggregationKey<Map<Object, Long>>> sleutels, Optional<String> verbeterd) {
        List<Kennisrecord> gevonden = resultaat.hits().stream().map(hit -> (Kennisrecord) hit.get(0)).toList();
        Map<String, List<String>> fragmenten = fragmenten(gevonden, vraag.tekst(), verbeterd);
        List<Zoekresultaat.Treffer> treffers = resultaat.hits().stream().map(hit -> {
            Kennisrecord record = (Kennisrecord) hit.get(0);
            return new Zoekresultaat.Treffer(samenvatting(record), fragmenten.getOrDefault(record.slug(), List.of()),
                    (Float) hit.get(1));
        }).toList();
        Map<Facet, Map<Object, Long>> aantallen = new EnumMap<>(Facet.class);
        sleutels.forEach((facet, sleutel) -> aantallen.put(facet, resultaat.aggregation(sleutel)));
        Map<Long, Verwezen> verwezen = verwezen(aantallen);
        Map<Facet, List<Zoekresultaat.FacetWaarde>> facetten = new EnumMap<>(Facet.class);
        aantallen.forEach((facet, perWaarde) -> facetten.put(facet, OP_ID.containsKey(facet)
                ? verwezenWaarden(perWaarde, verwezen) : facetWaarden(facet, perWaarde)));
        long totaal = resultaat.total().hitCount();
        return new Zoekresultaat(totaal, treffers, facetten, verbeterd);
    }

    private static AggregationFinalStep<Map<Object, Long>> telling(SearchAggregationFactory f, Facet facet) {
        String opId = OP_ID.get(facet);
        // by id: (nearly) all values, so that among equal counts the first are chosen by slug as for the others
        return opId != null ? f.terms().field(opId, Object.class, ValueModel.INDEX).maxTermCount(ALLE_WAARDEN)
                : f.terms().field(facet.veld(), Object.class, ValueModel.INDEX).maxTermCount(MAX_WAARDEN);
    }

    /**
     * At least {@code minimum} of the words (or any of them in the title), each in any of title, summary, body,
     * linked records' titles and organisation (best in the title): as typed (stems, and compound parts through the
     * index), through a synonym (counts less, so a broad synonym group does not swamp the exact term), as the known
     * word it is a typo of, a longer word also with one typing error, and as a word beginning in a title (typing).
     * The score adds up: a fixed amount per word the record has (so a record with more of the words ranks above one
     * that repeats fewer of them), how well each word matches, and the words as a phrase or most of them together
     * in the title or summary.
     */
    private static PredicateFinalStep tekstPredicaat(SearchPredicateFactory f, String tekst, List<Woord> woorden,
            int minimum) {
        return f.bool().with(b -> {
            if (woorden.size() == 1) {
                b.must(woord(f, woorden.getFirst(), true, true));
                return;
            }
            // Which records, and how many of the words each has: those with most of the words, and those with any
            // of them in the title (few, and often the one meant).
            b.must(f.bool().with(kandidaat -> {
                kandidaat.should(f.bool().with(w -> {
                    woorden.forEach(woord -> w.should(f.bool().must(woord(f, woord, true, false))
                            .constantScore().boost(PER_WOORD)));
                    w.minimumShouldMatchNumber(Math.max(1, minimum));
                }));
                if (minimum > 1) {
                    kandidaat.should(f.match().field("titel").matching(tekst));
                }
            }));
            // How well each word matches (a typo match counts through the fixed amount above only)
            woorden.forEach(woord -> b.should(woord(f, woord, false, true)));
            // most of the words together in the title or the summary: what the record is about
            for (String veld : List.of("titel", "samenvatting")) {
                b.should(f.match().field(veld).matching(tekst).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN)
                        .minimumShouldMatchNumber(meeste(woorden.size())));
            }
            b.should(f.phrase().field("titel").boost(2f).field("samenvatting").field("inhoud")
                    .matching(tekst).slop(2).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).boost(2f));
        });
    }

    /**
     * One word's clauses: {@code welke} those that decide which records have the word (stems and synonyms, the
     * did-you-mean word, one typing error, a title word beginning), {@code hoe} those that score how well (the
     * word as typed counts extra; the synonym clause already contains its stems, so it is left out of "welke").
     */
    private static PredicateFinalStep woord(SearchPredicateFactory f, Woord woord, boolean welke, boolean hoe) {
        return f.bool().with(b -> {
            if (hoe) {
                b.should(velden(f).matching(woord.tekst()).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN));
            }
            b.should(velden(f).matching(woord.tekst()).boost(0.5f));
            woord.verbeterd().ifPresent(v -> b.should(velden(f).matching(v)
                    .analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).boost(0.7f)));
            if (welke && woord.metTypfout()) {
                b.should(f.match().field("titel").boost(2f).field("samenvatting").field("inhoud")
                        .matching(woord.tekst()).analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).fuzzy(1, 2).boost(0.3f));
            }
            b.should(f.match().field("titel_begin").matching(woord.tekst()).boost(0.5f));
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

    private static List<Zoekresultaat.FacetWaarde> facetWaarden(Facet facet, Map<Object, Long> aantallen) {
        List<Zoekresultaat.FacetWaarde> waarden = new ArrayList<>();
        aantallen.forEach((sleutel, aantal) -> {
            String waarde = switch (facet) {
                case TYPE -> KennisType.valueOf(sleutel.toString()).code();
                case BEWIJSNIVEAU -> Bewijsniveau.valueOf(sleutel.toString()).code();
                default -> sleutel.toString();
            };
            waarden.add(new Zoekresultaat.FacetWaarde(waarde, waarde, aantal));
        });
        return waarden;
    }

    /** Slug and title of a linked record counted in a facet. */
    private record Verwezen(String slug, String titel) {}

    /**
     * A facet counted by record ids as slugs with titles, ordered as the search engine orders a text facet (most
     * first, then by slug) and cut at the same length; an id no longer in the database is left out.
     */
    private static List<Zoekresultaat.FacetWaarde> verwezenWaarden(Map<Object, Long> aantallen,
            Map<Long, Verwezen> verwezen) {
        List<Zoekresultaat.FacetWaarde> waarden = new ArrayList<>();
        aantallen.forEach((id, aantal) -> {
            Verwezen record = verwezen.get(((Number) id).longValue());
            if (record != null) {
                waarden.add(new Zoekresultaat.FacetWaarde(record.slug(), record.titel(), aantal));
            }
        });
        waarden.sort(java.util.Comparator.comparingLong(Zoekresultaat.FacetWaarde::aantal).reversed()
                .thenComparing(Zoekresultaat.FacetWaarde::waarde));
        return waarden.size() > MAX_WAARDEN ? List.copyOf(waarden.subList(0, MAX_WAARDEN)) : waarden;
    }

    /**
     * Slugs and titles of the linked records counted in the werkzaam-element and bron facets: from a cache that is
     * emptied when this instance writes a record and every {@link Woordenschat#CONTROLE} (changes elsewhere), the
     * missing ones in one query.
     */
    private Map<Long, Verwezen> verwezen(Map<Facet, Map<Object, Long>> aantallen) {
        long wijzigingen = Kennisrecord.wijzigingen();
        if (wijzigingen != titelsBij || System.nanoTime() - titelsTot > 0) {
            verwezenCache = new java.util.concurrent.ConcurrentHashMap<>();
            titelsBij = wijzigingen;
            titelsTot = System.nanoTime() + Woordenschat.CONTROLE.toNanos();
        }
        Map<Long, Verwezen> cache = verwezenCache;
        List<Long> ontbrekend = new ArrayList<>();
        for (Facet facet : OP_ID.keySet()) {
            aantallen.get(facet).keySet().stream().map(id -> ((Number) id).longValue())
                    .filter(id -> !cache.containsKey(id)).forEach(ontbrekend::add);
        }
        if (!ontbrekend.isEmpty()) {
            records.slugsEnTitels(ontbrekend.stream().distinct().toList())
                    .forEach(r -> cache.put((Long) r[0], new Verwezen((String) r[1], (String) r[2])));
        }
        return cache;
    }

    /**
     * Highlighted passages of summary and body for the hits of one page, at most two per hit, summary first. Done
     * here on the loaded records (for either backend) rather than by the search engine's highlighter, which
     * rewrote the query per hit and field and read term vectors: a third of the search (docs/benchmarks.md).
     */
    private Map<String, List<String>> fragmenten(List<Kennisrecord> records, String tekst, Optional<String> verbeterd) {
        if (records.isEmpty() || tekst.isEmpty()) {
            return Map.of();
        }
        Markeerder.Termen termen = markeerder.termen(tekst, verbeterd);
        Map<String, List<String>> fragmenten = new LinkedHashMap<>();
        for (Kennisrecord record : records) {
            List<String> passages = new ArrayList<>(termen.fragmenten(record.samenvatting(), FRAGMENT_LENGTE, 2));
            if (passages.size() < 2) {
                passages.addAll(termen.fragmenten(record.getPlatteTekst(), FRAGMENT_LENGTE, 2 - passages.size()));
            }
            fragmenten.put(record.slug(), passages);
        }
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
