package nl.leernetwerk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.inhoud.InhoudBestanden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthetischeKennisbankTest {

    @Test
    void generated_content_passes_the_importer_and_looks_like_the_real_content(@TempDir Path uit) throws Exception {
        SynthetischeKennisbank model = SynthetischeKennisbank.uit(Path.of("content"), 7);
        int echt = model.echteRecords().size();

        GenereerKennisbank.schrijfBestanden(model, Path.of("content"), uit, 600);

        // the importer's own checks: schema, unique ids, every link to an existing record of the right type
        List<KennisrecordGegevens> gelezen = InhoudBestanden.lees(uit);
        assertThat(gelezen).hasSize(echt + 600);
        List<KennisrecordGegevens> synthetisch = gelezen.stream().filter(g -> g.slug().matches(".*-s\\d+")).toList();
        assertThat(synthetisch).hasSize(600);
        Map<KennisType, Long> perType = synthetisch.stream()
                .collect(Collectors.groupingBy(KennisrecordGegevens::type, Collectors.counting()));
        assertThat(perType.get(KennisType.PRAKTIJKVOORBEELD)).isBetween(330L, 460L);
        assertThat(perType).containsKeys(KennisType.PRAKTIJKVOORBEELD, KennisType.WERKZAAM_ELEMENT,
                KennisType.MOTIVATIETECHNIEK, KennisType.TRAINING, KennisType.GROEPSOPDRACHT, KennisType.BRON);
        double gemiddeldeLengte = synthetisch.stream().mapToInt(g -> g.inhoud().length()).average().orElseThrow();
        double echteLengte = model.echteRecords().stream().mapToInt(g -> g.inhoud().length()).average().orElseThrow();
        assertThat(gemiddeldeLengte).isBetween(echteLengte * 0.5, echteLengte * 2);
        Map<String, KennisType> typeVan = gelezen.stream()
                .collect(Collectors.toMap(KennisrecordGegevens::slug, KennisrecordGegevens::type));
        List<KennisrecordGegevens> gevallen = synthetisch.stream()
                .filter(g -> g.type() == KennisType.PRAKTIJKVOORBEELD).toList();
        assertThat(gevallen).filteredOn(g -> g.verwijzingen().stream().map(typeVan::get)
                .anyMatch(KennisType.WERKZAAM_ELEMENT::equals)).hasSizeGreaterThan(gevallen.size() / 2);
        assertThat(gevallen).filteredOn(g -> !g.themas().isEmpty()).hasSizeGreaterThan(gevallen.size() / 2);
        assertThat(gevallen).filteredOn(g -> g.regio() != null).hasSizeGreaterThan(gevallen.size() / 2);
        // links reach synthetic records too, not only the real ones
        assertThat(synthetisch.stream().flatMap(g -> g.verwijzingen().stream()).filter(s -> s.matches(".*-s\\d+")))
                .isNotEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_kennisbank() {
        SynthetischeKennisbank a = SynthetischeKennisbank.uit(Path.of("content"), 3);
        SynthetischeKennisbank b = SynthetischeKennisbank.uit(Path.of("content"), 3);
        Function<SynthetischeKennisbank, List<KennisrecordGegevens>> vijftig =
                m -> java.util.stream.IntStream.range(0, 50).mapToObj(i -> m.volgende()).toList();
        assertThat(vijftig.apply(a)).isEqualTo(vijftig.apply(b));
    }
}
