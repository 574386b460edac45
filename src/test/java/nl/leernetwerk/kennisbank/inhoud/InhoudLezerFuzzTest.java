package nl.leernetwerk.kennisbank.inhoud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import nl.leernetwerk.Fuzz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the content reader with mutated real content files and random text: it either reads a
 * file or reports every problem as {@code file:line: Dutch message}; it never throws anything else.
 */
class InhoudLezerFuzzTest {

    private static List<String> echteBestanden;

    @TempDir
    private Path map;

    private final InhoudLezer lezer = new InhoudLezer();

    @BeforeAll
    static void leesInhoud() throws IOException {
        try (Stream<Path> paden = Files.walk(Path.of("content"))) {
            echteBestanden = paden.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(echteBestanden).hasSizeGreaterThan(10);
    }

    private String bestand(Random random) {
        String echt = echteBestanden.get(random.nextInt(echteBestanden.size()));
        return switch (random.nextInt(10)) {
            case 0 -> Fuzz.tekst(random);
            case 1 -> "---\n" + Fuzz.tekst(random) + "\n---\n" + Fuzz.tekst(random);
            default -> Fuzz.muteer(echt, random);
        };
    }

    /** The reader's contract for one file. */
    private void leesOfMeld(String inhoud) throws IOException {
        try (Stream<Path> oud = Files.list(map)) {
            for (Path pad : oud.toList()) {
                Files.delete(pad);
            }
        }
        // a lone surrogate cannot be written as UTF-8: it becomes '?'; invalid UTF-8 bytes are tested separately
        Files.write(map.resolve("fuzz.md"), inhoud.getBytes(StandardCharsets.UTF_8));
        int regels = (int) inhoud.lines().count();
        try {
            List<GelezenBestand> gelezen = lezer.lees(map, slug -> Optional.empty());
            assertThat(gelezen).hasSize(1);
        } catch (OngeldigeInhoudException ongeldig) {
            assertThat(ongeldig.fouten()).isNotEmpty().allSatisfy(fout -> {
                assertThat(fout.bestand()).isEqualTo("fuzz.md");
                assertThat(fout.regel()).isBetween(0, regels + 1);
                assertThat(fout.tekst()).startsWith("fuzz.md:" + fout.regel() + ": ").doesNotContain("{0}");
            });
        }
    }

    @Test
    void mutated_and_random_content_is_read_or_reported_as_file_line_message() {
        int uitgevoerd = Fuzz.strings("InhoudLezer", Fuzz.pogingen(1500), this::bestand, this::leesOfMeld);

        assertThat(uitgevoerd).isGreaterThanOrEqualTo(1500);
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_as_unreadable() throws IOException {
        Files.write(map.resolve("latin1.md"), "---\ntype: bron\nid: caf\u00e9\ntitel: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));

        try {
            lezer.lees(map, slug -> Optional.empty());
            throw new AssertionError("read a file that is not UTF-8");
        } catch (OngeldigeInhoudException ongeldig) {
            assertThat(ongeldig.fouten()).singleElement().satisfies(fout -> assertThat(fout.tekst()).startsWith("latin1.md:0: "));
        }
    }

    @Test
    void known_hostile_headers_are_reported_not_thrown() throws IOException {
        for (String kop : List.of(
                "[a]: b", "? [a, b]\n: c", "bronnen:\n  - {[x]: y}", "bronnen:\n  - {bron: [a]}", "a: &a [*a, *a]",
                "titel: !!python/object:os.system ls", "titel: \u0000", "titel: \ud800", "type: bron\nid: x\ntitel: \"\\",
                "type: bron\nid: x\ntitel: t\njaar: 99999999999999999999", "type: bron\nid: x\ntitel: t\nreview-datum: 2026-13-45")) {
            leesOfMeld("---\n" + kop + "\n---\nTekst\n");
        }
    }
}
