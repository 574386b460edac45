package nl.leernetwerk.kennisbank.zoeken;

import java.util.ArrayList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * Dutch analysis for Lucene: hyphens between letters joined, standard tokens, lowercase,
 * diacritics folded, (index side) compound parts added, stop words removed, the Kraaij-Pohlmann stemmer with
 * overrides for its known slips, and (query side) synonyms last, on stems, because a synonym graph
 * must not pass through filters that add or remove tokens. Without synonyms the filters after the tokenizer
 * run once per distinct word ({@link WoordGeheugen}). {@link ElasticsearchAnalyse} defines the same chain with
 * Elasticsearch's built-in components.
 */
final class NederlandsAnalyzer extends Analyzer {

    private final CharArraySet samenstellingen;
    private final CharArraySet stopwoorden;
    private final StemmerOverrideFilter.StemmerOverrideMap uitzonderingen;
    private final SynonymMap synoniemen;

    /** The index analyzer: compound parts, no synonyms. */
    static NederlandsAnalyzer index(ZoekAnalyse analyse) {
        return new NederlandsAnalyzer(analyse, false, true);
    }

    /** The query analyzer: synonyms, no compound parts. */
    static NederlandsAnalyzer zoeken(ZoekAnalyse analyse) {
        return new NederlandsAnalyzer(analyse, true, false);
    }

    /** The words as typed: neither compound parts nor synonyms. */
    static NederlandsAnalyzer woorden(ZoekAnalyse analyse) {
        return new NederlandsAnalyzer(analyse, false, false);
    }

    private NederlandsAnalyzer(ZoekAnalyse analyse, boolean metSynoniemen, boolean metSamenstellingen) {
        this.samenstellingen = metSamenstellingen ? new CharArraySet(analyse.samenstellingen(), false) : null;
        this.stopwoorden = new CharArraySet(analyse.stopwoorden(), false);
        try {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            analyse.stamuitzonderingen().forEach(builder::add);
            this.uitzonderingen = builder.build();
            SynonymMap map = metSynoniemen ? synoniemMap(analyse) : null;
            // no synonyms file (a content folder without one): Lucene refuses an empty map
            this.synoniemen = map != null && map.fst != null ? map : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonyms as stems: each term goes through this analysis without compounds and synonyms. */
    private static SynonymMap synoniemMap(ZoekAnalyse analyse) throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<Synoniem> groep : synoniemGroepen(analyse)) {
            for (Synoniem van : groep) {
                for (Synoniem naar : groep) {
                    if (van != naar) {
                        builder.add(van.alsTerm(), naar.alsTerm(), true);
                    }
                }
            }
        }
        return builder.build();
    }

    /**
     * A synonym term as this analysis sees it: its stems, and its words without stop words (the form
     * {@link ElasticsearchAnalyse} gives Elasticsearch, which analyses synonym rules itself and
     * refuses the gaps stop words leave).
     */
    record Synoniem(List<String> stammen, String woorden) {
        CharsRef alsTerm() {
            return SynonymMap.Builder.join(stammen.toArray(String[]::new), new CharsRefBuilder());
        }
    }

    /** The synonym groups of {@link ZoekAnalyse#synoniemen()}, analysed; terms of only stop words dropped, equal stems once. */
    static List<List<Synoniem>> synoniemGroepen(ZoekAnalyse analyse) throws IOException {
        List<List<Synoniem>> groepen = new ArrayList<>();
        try (Analyzer stammen = woorden(analyse)) {
            for (List<String> groep : analyse.synoniemen()) {
                Map<List<String>, Synoniem> termen = new LinkedHashMap<>();
                for (String term : groep) {
                    List<String> woorden = tokens(stammen, term);
                    if (!woorden.isEmpty()) {
                        String zonderStopwoorden = Arrays.stream(term.split("\\s+"))
                                .filter(w -> !analyse.stopwoorden().contains(w))
                                .collect(Collectors.joining(" "));
                        termen.putIfAbsent(woorden, new Synoniem(woorden, zonderStopwoorden));
                    }
                }
                if (termen.size() > 1) {
                    groepen.add(List.copyOf(termen.values()));
                }
            }
        }
        return groepen;
    }

    private static List<String> tokens(Analyzer analyzer, String tekst) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stroom = analyzer.tokenStream("", tekst)) {
            var term = stroom.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stroom.reset();
            while (stroom.incrementToken()) {
                tokens.add(term.toString());
            }
            stroom.end();
        }
        return tokens;
    }

    @Override
    protected Reader initReader(String veld, Reader reader) {
        return new KoppeltekenFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String veld) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stroom = tokenizer;
        if (synoniemen == null) {
            // each filter after the tokenizer looks at one word at a time: run them once per distinct word
            stroom = new WoordGeheugen(stroom, this::perWoord);
        } else {
            stroom = new LowerCaseFilter(stroom);
            stroom = new ASCIIFoldingFilter(stroom);
            stroom = new StopFilter(stroom, stopwoorden);
            stroom = new StemmerOverrideFilter(stroom, uitzonderingen);
            stroom = new StamGeheugen(stroom);
            stroom = new SynonymGraphFilter(stroom, synoniemen, false);
            stroom = new RemoveDuplicatesTokenFilter(stroom);
        }
        return new TokenStreamComponents(tokenizer, stroom);
    }

    /** The filters that see one word at a time: case, diacritics, compound parts (index side), stop words, stems, duplicates. */
    private TokenStream perWoord(TokenStream stroom) {
        stroom = new LowerCaseFilter(stroom);
        stroom = new ASCIIFoldingFilter(stroom);
        if (samenstellingen != null) {
            stroom = new DictionaryCompoundWordTokenFilter(stroom, samenstellingen, ZoekAnalyse.KLEINSTE_SAMENSTELLING,
                    ZoekAnalyse.KLEINSTE_DEELWOORD, ZoekAnalyse.GROOTSTE_DEELWOORD, true);
        }
        stroom = new StopFilter(stroom, stopwoorden);
        stroom = new StemmerOverrideFilter(stroom, uitzonderingen);
        stroom = new SnowballFilter(stroom, new KpStemmer());
        return new RemoveDuplicatesTokenFilter(stroom);
    }
}
