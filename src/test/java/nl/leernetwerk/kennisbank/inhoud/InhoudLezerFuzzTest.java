package nl.leernetwerk.kennisbank.inhoud;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the content reader with Jazzer (coverage-guided): real content files mutated by the
 * fuzzer's data, or raw bytes. It either reads the file or reports every problem as
 * {@code file:line: Dutch message}; it never throws anything else. In the normal test run the
 * inputs of {@code InhoudLezerFuzzTestInputs} are replayed; the build's {@code fuzz-inhoud} execution
 * fuzzes for a bounded time ({@code JAZZER_FUZZ=1}) and prints the number of executions.
 */
class InhoudLezerFuzzTest {

    private static List<String> echteBestanden;

    @TempDir
    private static Path map;

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

    @FuzzTest(maxDuration = "30s")
    void mutated_and_random_content_is_read_or_reported_as_file_line_message(FuzzedDataProvider data) throws IOException {
        int keuze = data.consumeInt(0, echteBestanden.size());
        if (keuze == echteBestanden.size()) {
            leesOfMeld(data.consumeRemainingAsBytes());
            return;
        }
        StringBuilder tekst = new StringBuilder(echteBestanden.get(keuze));
        for (int i = data.consumeInt(1, 8); i > 0 && data.remainingBytes() > 0; i--) {
            int plek = data.consumeInt(0, tekst.length());
            switch (data.consumeInt(0, 2)) {
                case 0 -> tekst.insert(plek, data.consumeString(40));
                case 1 -> tekst.delete(plek, Math.min(tekst.length(), plek + data.consumeInt(0, 80)));
                default -> tekst.replace(plek, Math.min(tekst.length(), plek + 1), String.valueOf(data.consumeChar()));
            }
        }
        leesOfMeld(tekst.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void leeg() throws IOException {
        try (Stream<Path> oud = Files.list(map)) {
            for (Path pad : oud.toList()) {
                Files.delete(pad);
            }
        }
    }

    /** The reader's contract for one file. */
    private void leesOfMeld(byte[] inhoud) throws IOException {
        leeg();
        Files.write(map.resolve("fuzz.md"), inhoud);
        int regels = (int) new String(inhoud, StandardCharsets.UTF_8).lines().count();
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
    void a_file_that_is_not_utf8_is_reported_as_unreadable() throws IOException {
        leeg();
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
            leesOfMeld(("---\n" + kop + "\n---\nTekst\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
