package nl.leernetwerk.kennisbank.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tokens our Dutch analysis makes of a list of words, compared with a committed snapshot, so
 * that an upgrade of Lucene or a change of word lists that alters tokens fails loudly. After an
 * intended change, regenerate with {@code -Dsnapshot.bijwerken=true} and review the diff.
 * {@code AnalyseElasticsearchIT} compares Elasticsearch/OpenSearch analysis with the same snapshot.
 */
class AnalyseSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/zoeken/analyse-snapshot.txt");

    private static final ZoekAnalyse ANALYSE = new ZoekAnalyse(Path.of("content"));

    static List<String> tokens(Analyzer analyzer, String tekst) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stroom = analyzer.tokenStream("veld", tekst)) {
            CharTermAttribute term = stroom.addAttribute(CharTermAttribute.class);
            stroom.reset();
            while (stroom.incrementToken()) {
                tokens.add(term.toString());
            }
            stroom.end();
        }
        return tokens;
    }

    /** How a search backend analyses a text with one of the analyzers of {@link ZoekAnalyse}. */
    interface Analyse {
        List<String> tokens(String analyzer, String tekst) throws IOException;
    }

    /** The snapshot text: per word the tokens of the index analyzer | those of the query analyzer. */
    static String snapshot(Analyse analyse) throws IOException {
        List<String> woorden;
        try (InputStream in = AnalyseSnapshotTest.class.getResourceAsStream("/zoeken/analyse-woorden.txt")) {
            woorden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(r -> !r.isBlank() && !r.startsWith("#")).toList();
        }
        StringBuilder actueel = new StringBuilder();
        for (String woord : woorden) {
            actueel.append(woord).append(" => ").append(String.join(" ", analyse.tokens(ZoekAnalyse.NEDERLANDS, woord)))
                    .append(" | ").append(String.join(" ", analyse.tokens(ZoekAnalyse.NEDERLANDS_ZOEKEN, woord)))
                    .append('\n');
        }
        return actueel.toString();
    }

    static String verwacht() throws IOException {
        return Files.readString(SNAPSHOT);
    }

    @Test
    void dutch_words_analyse_as_in_the_snapshot() throws IOException {
        String actueel;
        try (Analyzer index = NederlandsAnalyzer.index(ANALYSE);
                Analyzer zoeken = NederlandsAnalyzer.zoeken(ANALYSE)) {
            actueel = snapshot((analyzer, tekst) -> tokens(analyzer.equals(ZoekAnalyse.NEDERLANDS) ? index : zoeken, tekst));
        }
        if (Boolean.getBoolean("snapshot.bijwerken")) {
            Files.writeString(SNAPSHOT, actueel);
        }
        assertThat(actueel).isEqualTo(verwacht());
    }

    @Test
    void the_properties_search_relies_on_hold() throws IOException {
        try (Analyzer index = NederlandsAnalyzer.index(ANALYSE);
                Analyzer zoeken = NederlandsAnalyzer.zoeken(ANALYSE)) {
            // werken finds werkt (the KP stemmer; Snowball "Dutch" leaves werkt alone)
            assertThat(tokens(index, "werkt")).containsAnyElementsOf(tokens(zoeken, "werken"));
            // compounds are found by their parts
            assertThat(tokens(index, "sollicitatievaardigheden"))
                    .containsAll(tokens(zoeken, "vaardigheden")).containsAll(tokens(zoeken, "sollicitatie"));
            assertThat(tokens(index, "participatiecoach")).containsAll(tokens(zoeken, "coach"));
            // diacritics and hyphens
            List<String> reintegratie = tokens(index, "reintegratie");
            assertThat(tokens(index, "reïntegratie")).isEqualTo(reintegratie);
            assertThat(tokens(index, "re-integratie")).isEqualTo(reintegratie);
            assertThat(tokens(zoeken, "re integratie")).containsAnyElementsOf(reintegratie);
            assertThat(tokens(index, "cliënt")).isEqualTo(tokens(index, "client"));
            // synonyms at query time only
            assertThat(tokens(zoeken, "buddy")).containsAll(tokens(index, "maatje"));
            assertThat(tokens(index, "buddy")).doesNotContainAnyElementsOf(tokens(index, "maatje"));
        }
    }

    @Test
    void a_content_folder_without_synonyms_still_analyses_queries(@TempDir Path leeg) throws IOException {
        try (Analyzer zoeken = NederlandsAnalyzer.zoeken(new ZoekAnalyse(leeg))) {
            assertThat(tokens(zoeken, "sollicitatievaardigheden")).containsExactly("sollicitatievaard");
        }
    }
}
