package nl.leernetwerk.kennisbank.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * Our analyzers' own filters ({@link KoppeltekenFilter}, {@link WoordGeheugen}, {@link StamGeheugen}) give
 * exactly the token stream of the Lucene components they stand for (the chain {@link ElasticsearchAnalyse}
 * defines): every term, position, offset, type and keyword flag, over all texts of {@code content/} and some
 * edge cases, each analysed twice in one thread so that the second pass comes from memory.
 */
class AnalyseGeheugenTest {

    private static final ZoekAnalyse ANALYSE = new ZoekAnalyse(Path.of("content"));

    @Test
    void our_filters_give_the_tokens_offsets_and_positions_of_lucenes_components() throws IOException {
        List<String> teksten;
        try (Stream<Path> paden = Files.walk(Path.of("content"))) {
            teksten = paden.filter(p -> p.toString().endsWith(".md")).sorted().map(AnalyseGeheugenTest::lees).toList();
        }
        assertThat(teksten).hasSizeGreaterThan(100);
        List<String> randgevallen = List.of("", "de", "de het een", "van de sollicitatievaardigheden en de",
                "werkt werken gewerkt re-integratie reïntegratie", "a".repeat(300) + " de " + "b".repeat(300),
                "het " + "werkervaringsplaats ".repeat(3) + "het", "Cliënt-gesprek — 'ja' / nee? 12-3 e-mail");
        try (Analyzer index = NederlandsAnalyzer.index(ANALYSE); Analyzer woorden = NederlandsAnalyzer.woorden(ANALYSE);
                Analyzer zoeken = NederlandsAnalyzer.zoeken(ANALYSE);
                Analyzer luceneIndex = new Referentie(true, false); Analyzer luceneWoorden = new Referentie(false, false);
                Analyzer luceneZoeken = new Referentie(false, true)) {
            long tokens = 0;
            for (int ronde = 0; ronde < 2; ronde++) {
                for (String tekst : Stream.concat(teksten.stream(), randgevallen.stream()).toList()) {
                    List<String> verwacht = stroom(luceneIndex, tekst);
                    assertThat(stroom(index, tekst)).as(tekst).isEqualTo(verwacht);
                    assertThat(stroom(woorden, tekst)).as(tekst).isEqualTo(stroom(luceneWoorden, tekst));
                    assertThat(stroom(zoeken, tekst)).as(tekst).isEqualTo(stroom(luceneZoeken, tekst));
                    tokens += verwacht.size();
                }
            }
            // compound parts, stop words and stem overrides were compared, not just plain words
            assertThat(stroom(index, "sollicitatievaardigheden")).hasSizeGreaterThan(2);
            assertThat(stroom(index, "de het")).containsExactly("end 6-6 +2");
            assertThat(tokens).isGreaterThan(100_000);
        }
    }

    private static String lees(Path pad) {
        try {
            return Files.readString(pad);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every token with all its attributes. */
    private static List<String> stroom(Analyzer analyzer, String tekst) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stroom = analyzer.tokenStream("veld", tekst)) {
            CharTermAttribute term = stroom.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute positie = stroom.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute lengte = stroom.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute plaats = stroom.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stroom.addAttribute(TypeAttribute.class);
            KeywordAttribute trefwoord = stroom.addAttribute(KeywordAttribute.class);
            stroom.reset();
            while (stroom.incrementToken()) {
                tokens.add(term + " +" + positie.getPositionIncrement() + "/" + lengte.getPositionLength() + " "
                        + plaats.startOffset() + "-" + plaats.endOffset() + " " + type.type() + " " + trefwoord.isKeyword());
            }
            stroom.end();
            tokens.add("end " + plaats.startOffset() + "-" + plaats.endOffset() + " +" + positie.getPositionIncrement());
        }
        return tokens;
    }

    /** Our chains built from Lucene's components only. */
    private static final class Referentie extends Analyzer {

        private final boolean metSamenstellingen;
        private final SynonymMap synoniemen;

        Referentie(boolean metSamenstellingen, boolean metSynoniemen) {
            this.metSamenstellingen = metSamenstellingen;
            try {
                this.synoniemen = metSynoniemen ? synoniemen() : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static SynonymMap synoniemen() throws IOException {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<NederlandsAnalyzer.Synoniem> groep : NederlandsAnalyzer.synoniemGroepen(ANALYSE)) {
                for (NederlandsAnalyzer.Synoniem van : groep) {
                    for (NederlandsAnalyzer.Synoniem naar : groep) {
                        if (van != naar) {
                            builder.add(van.alsTerm(), naar.alsTerm(), true);
                        }
                    }
                }
            }
            return builder.build();
        }

        @Override
        protected Reader initReader(String veld, Reader reader) {
            return new PatternReplaceCharFilter(ZoekAnalyse.KOPPELTEKEN, "", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String veld) {
            StemmerOverrideFilter.StemmerOverrideMap uitzonderingen;
            try {
                StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
                ANALYSE.stamuitzonderingen().forEach(builder::add);
                uitzonderingen = builder.build();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stroom = new LowerCaseFilter(tokenizer);
            stroom = new ASCIIFoldingFilter(stroom);
            if (metSamenstellingen) {
                stroom = new DictionaryCompoundWordTokenFilter(stroom, new CharArraySet(ANALYSE.samenstellingen(), false),
                        ZoekAnalyse.KLEINSTE_SAMENSTELLING, ZoekAnalyse.KLEINSTE_DEELWOORD, ZoekAnalyse.GROOTSTE_DEELWOORD,
                        true);
            }
            stroom = new StopFilter(stroom, new CharArraySet(ANALYSE.stopwoorden(), false));
            stroom = new StemmerOverrideFilter(stroom, uitzonderingen);
            stroom = new SnowballFilter(stroom, new KpStemmer());
            if (synoniemen != null) {
                stroom = new SynonymGraphFilter(stroom, synoniemen, false);
            }
            stroom = new RemoveDuplicatesTokenFilter(stroom);
            return new TokenStreamComponents(tokenizer, stroom);
        }
    }
}
