package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link ZoekAnalyse} for Elasticsearch/OpenSearch, built from the same word
 * lists with built-in components, so that both backends produce the same tokens as
 * {@link NederlandsAnalyzer} (pattern_replace = the hyphen join, dictionary_decompounder,
 * stemmer_override, stemmer dutch_kp, synonym_graph at query time).
 */
@Component("elasticsearchAnalyse")
class ElasticsearchAnalyse implements ElasticsearchAnalysisConfigurer {

    private final ZoekAnalyse analyse;

    ElasticsearchAnalyse(ZoekAnalyse analyse) {
        this.analyse = analyse;
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter("koppelteken").type("pattern_replace")
                .param("pattern", ZoekAnalyse.KOPPELTEKEN.pattern()).param("replacement", "");
        context.tokenFilter("samenstellingen").type("dictionary_decompounder")
                .param("word_list", analyse.samenstellingen().toArray(String[]::new))
                .param("min_word_size", ZoekAnalyse.KLEINSTE_SAMENSTELLING)
                .param("min_subword_size", ZoekAnalyse.KLEINSTE_DEELWOORD)
                .param("max_subword_size", ZoekAnalyse.GROOTSTE_DEELWOORD)
                .param("only_longest_match", true);
        context.tokenFilter("stopwoorden").type("stop")
                .param("stopwords", analyse.stopwoorden().toArray(String[]::new));
        context.tokenFilter("stamuitzonderingen").type("stemmer_override")
                .param("rules", analyse.stamuitzonderingen().entrySet().stream()
                        .map(e -> e.getKey() + " => " + e.getValue()).toArray(String[]::new));
        context.tokenFilter("stam").type("stemmer").param("language", "dutch_kp");
        context.tokenFilter("synoniemen").type("synonym_graph").param("synonyms", synoniemRegels());
        context.tokenFilter("uniek").type("unique").param("only_on_same_position", true);
        context.tokenFilter("woordbegin").type("edge_ngram")
                .param("min_gram", 1).param("max_gram", ZoekAnalyse.GROOTSTE_WOORDBEGIN);

        context.analyzer(ZoekAnalyse.NEDERLANDS).custom()
                .tokenizer("standard").charFilters("koppelteken")
                .tokenFilters(keten(true, false));
        context.analyzer(ZoekAnalyse.NEDERLANDS_ZOEKEN).custom()
                .tokenizer("standard").charFilters("koppelteken")
                .tokenFilters(keten(false, true));
        context.analyzer(ZoekAnalyse.NEDERLANDS_WOORDEN).custom()
                .tokenizer("standard").charFilters("koppelteken")
                .tokenFilters(keten(false, false));
        context.analyzer(ZoekAnalyse.BEGIN).custom()
                .tokenizer("standard").tokenFilters("lowercase", "asciifolding", "woordbegin");
        context.analyzer(ZoekAnalyse.BEGIN_ZOEKEN).custom()
                .tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.normalizer(ZoekAnalyse.SORTEER).custom().tokenFilters("lowercase", "asciifolding");
    }

    /**
     * The synonyms as explicit rules "term => other terms, term", so that Elasticsearch builds the
     * same synonym map as {@link NederlandsAnalyzer} (same outputs in the same order, the term itself
     * last), from terms without stop words (Elasticsearch refuses a rule whose analysis leaves a gap).
     */
    private String[] synoniemRegels() {
        List<String> regels = new ArrayList<>();
        try {
            for (List<NederlandsAnalyzer.Synoniem> groep : NederlandsAnalyzer.synoniemGroepen(analyse)) {
                for (NederlandsAnalyzer.Synoniem van : groep) {
                    List<String> naar = new ArrayList<>();
                    groep.stream().filter(s -> s != van).forEach(s -> naar.add(s.woorden()));
                    naar.add(van.woorden());
                    regels.add(van.woorden() + " => " + String.join(", ", naar));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regels.toArray(String[]::new);
    }

    private static String[] keten(boolean metSamenstellingen, boolean metSynoniemen) {
        // as in NederlandsAnalyzer: synonyms last (Elasticsearch analyses the rules with the filters before them)
        List<String> filters = new ArrayList<>(List.of("lowercase", "asciifolding"));
        if (metSamenstellingen) {
            filters.add("samenstellingen");
        }
        filters.addAll(List.of("stopwoorden", "stamuitzonderingen", "stam"));
        if (metSynoniemen) {
            filters.add("synoniemen");
        }
        filters.add("uniek");
        return filters.toArray(String[]::new);
    }
}
