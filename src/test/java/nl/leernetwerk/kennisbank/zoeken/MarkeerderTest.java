package nl.leernetwerk.kennisbank.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The highlighter over stored text: which words it marks, and which passages it picks. */
class MarkeerderTest {

    private static final Markeerder MARKEERDER = new Markeerder(new ZoekAnalyse(Path.of("content")));

    private static List<String> fragmenten(String vraag, String tekst) {
        return MARKEERDER.termen(vraag, Optional.empty()).fragmenten(tekst, 160, 2);
    }

    @Test
    void marks_inflections_compound_parts_synonyms_and_folded_words() {
        assertThat(fragmenten("vaardigheden", "Training in sollicitatievaardigheden voor iedereen."))
                .containsExactly("Training in <em>sollicitatievaardigheden</em> voor iedereen.");
        assertThat(fragmenten("deelnemer", "Twee deelnemers kwamen.")).containsExactly("Twee <em>deelnemers</em> kwamen.");
        assertThat(fragmenten("buddy", "Elke cliënt krijgt een maatje.")).containsExactly(
                "Elke cliënt krijgt een <em>maatje</em>.");
        assertThat(fragmenten("reintegratie client", "De re-integratie van de cliënt."))
                .containsExactly("De <em>re-integratie</em> van de <em>cliënt</em>.");
        assertThat(fragmenten("werkgever", "Niets hierover.")).isEmpty();
    }

    @Test
    void escapes_html_and_marks_only_whole_words() {
        assertThat(fragmenten("netwerk", "<b>netwerk</b> & \"netwerken\""))
                .containsExactly("&lt;b&gt;<em>netwerk</em>&lt;/b&gt; &amp; &quot;<em>netwerken</em>&quot;");
    }

    @Test
    void picks_the_passages_with_most_distinct_words_within_the_length() {
        String vulling = "lorem ipsum dolor sit amet ".repeat(20);
        String tekst = "Het netwerk telt. " + vulling + "Een netwerk in kaart brengen met de deelnemer. " + vulling
                + "Nog een netwerk.";
        List<String> gevonden = fragmenten("netwerk deelnemer", tekst);
        assertThat(gevonden).hasSize(2);
        assertThat(gevonden.getFirst()).contains("<em>netwerk</em> in kaart brengen met de <em>deelnemer</em>");
        assertThat(gevonden).allSatisfy(f -> assertThat(f.replace("<em>", "").replace("</em>", "")).hasSizeLessThanOrEqualTo(160));
    }
}
