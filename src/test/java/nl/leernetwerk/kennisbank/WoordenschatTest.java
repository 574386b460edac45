package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.zoeken.ZoekAnalyse;
import org.junit.jupiter.api.Test;

class WoordenschatTest {

    /** The words as the analyzers' normalisation and a split on non-letters find them. */
    private static Map<String, Integer> zoalsNormaliseer(String tekst) {
        Map<String, Integer> telling = new HashMap<>();
        for (String woord : ZoekAnalyse.normaliseer(tekst).split("[^\\p{L}]+")) {
            if (woord.length() >= 4) {
                telling.merge(woord, 1, Integer::sum);
            }
        }
        return telling;
    }

    private static Map<String, Integer> snel(String tekst) {
        Map<String, Integer> telling = new HashMap<>();
        Woordenschat.telWoorden(tekst, telling);
        return telling;
    }

    @Test
    void counting_words_in_one_pass_finds_what_normalising_and_splitting_finds() throws IOException {
        for (String tekst : List.of("Re-integratie, reïntegratie en re–integratie; co-ouder--schap -begin eind- x-y",
                "Café CRÈME naïef İstanbul ﬁets ŉ 2e-kans werk2werk Zelf-vertrouwen", "", "----", "é-é-é", "ab-\u0301cd",
                "x\uD835\uDC00-\uD835\uDC01yz \uFE63ab\uFF0Dcd a-\u0301\u0301b \u0133sberg ab\uFE63\u0301-cd")) {
            assertThat(snel(tekst)).as(tekst).isEqualTo(zoalsNormaliseer(tekst));
        }
        try (Stream<Path> bestanden = Files.walk(Path.of("content"))) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".md")).toList()) {
                String tekst = Files.readString(bestand, StandardCharsets.UTF_8);
                assertThat(snel(tekst)).as(bestand.toString()).isEqualTo(zoalsNormaliseer(tekst));
            }
        }
    }
}
