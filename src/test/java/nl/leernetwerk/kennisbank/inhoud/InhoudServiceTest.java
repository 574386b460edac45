package nl.leernetwerk.kennisbank.inhoud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(roles = "BEHEERDER")
class InhoudServiceTest {

    private static final Path PROJECT_INHOUD = Path.of("content");

    @Autowired
    private InhoudService inhoud;

    @Autowired
    private KennisrecordRepository records;

    @Autowired
    private TransactionTemplate transactie;

    @Autowired
    private nl.leernetwerk.kennisbank.ZoekIndex zoekIndex;

    @TempDir
    private Path map;

    @AfterEach
    void verwijderTestrecords() {
        transactie.executeWithoutResult(s -> records.findAll().stream()
                .filter(r -> r.slug().startsWith("test-"))
                .sorted(Comparator.comparing((Kennisrecord r) -> r.type() == KennisType.BRON))
                .forEach(records::delete));
    }

    private Path bestand(String naam, String tekst) throws IOException {
        Path pad = map.resolve(naam);
        Files.createDirectories(pad.getParent());
        return Files.writeString(pad, tekst);
    }

    private void minimaleCorpus() throws IOException {
        bestand("bronnen/test-bron.md", """
                ---
                type: bron
                id: test-bron
                titel: Testbron
                ---
                Een bron.
                """);
        bestand("werkzame-elementen/test-element.md", """
                ---
                type: werkzaam-element
                id: test-element
                titel: Testelement
                ---
                Een element.
                """);
        bestand("praktijkvoorbeelden/test-voorbeeld.md", """
                ---
                type: praktijkvoorbeeld
                id: test-voorbeeld
                titel: Testvoorbeeld
                treden: [1, 2]
                werkzame-elementen: [test-element]
                bronnen:
                  - bron: test-bron
                    plaats: "r. 1–2"
                ---
                ## Aanpak
                Iets.
                """);
    }

    @Test
    void the_projects_content_is_valid_and_imported_at_start_up() {
        ImportResultaat opnieuw = inhoud.importeer(PROJECT_INHOUD);

        assertThat(opnieuw.nieuw()).isZero();
        assertThat(opnieuw.gewijzigd()).isZero();
        assertThat(opnieuw.ongewijzigd()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void the_content_covers_the_seeds_and_every_case_links_an_element_and_a_source() {
        transactie.executeWithoutResult(s -> {
            Map<KennisType, List<Kennisrecord>> perType = records.findAll().stream()
                    .filter(r -> !r.slug().startsWith("test-"))
                    .collect(Collectors.groupingBy(Kennisrecord::type));
            assertThat(perType.get(KennisType.PRAKTIJKVOORBEELD)).hasSizeGreaterThanOrEqualTo(60);
            assertThat(perType.get(KennisType.WERKZAAM_ELEMENT)).hasSizeGreaterThanOrEqualTo(80);
            assertThat(perType.get(KennisType.MOTIVATIETECHNIEK)).hasSizeGreaterThanOrEqualTo(15);
            assertThat(perType.get(KennisType.TRAINING)).hasSizeGreaterThanOrEqualTo(8);
            assertThat(perType.get(KennisType.GROEPSOPDRACHT)).hasSizeGreaterThanOrEqualTo(12);
            assertThat(perType.get(KennisType.BRON)).hasSize(5);
            assertThat(perType.get(KennisType.PRAKTIJKVOORBEELD)).allSatisfy(voorbeeld -> {
                assertThat(voorbeeld.verwijzingen()).as(voorbeeld.slug())
                        .anyMatch(r -> r.type() == KennisType.WERKZAAM_ELEMENT);
                assertThat(voorbeeld.bronnen()).as(voorbeeld.slug())
                        .anyMatch(b -> b.plaats() != null && !b.plaats().isBlank());
            });
        });
    }

    @Test
    void invalid_files_are_reported_as_file_line_message_and_nothing_is_imported() throws IOException {
        minimaleCorpus();
        bestand("praktijkvoorbeelden/test-kapot.md", """
                ---
                type: praktijkvoorbeeld
                id: test-kapot
                titl: Tikfout
                treden: [7]
                werkzame-elementen: [test-element, bestaat-niet]
                motivatietechnieken: [test-bron]
                ---
                Tekst.
                """);
        bestand("test-geen-kop.md", "Alleen tekst.\n");
        bestand("werkzame-elementen/test-dubbel.md", """
                ---
                type: werkzaam-element
                id: test-element
                titel: Nog een
                ---
                """);
        long voor = records.count();

        assertThatThrownBy(() -> inhoud.importeer(map))
                .isInstanceOfSatisfying(OngeldigeInhoudException.class, e -> assertThat(e.fouten())
                        .map(InhoudFout::tekst)
                        .containsExactlyInAnyOrder(
                                "praktijkvoorbeelden/test-kapot.md:2: 'titel' ontbreekt of is leeg; dit veld is verplicht",
                                "praktijkvoorbeelden/test-kapot.md:4: onbekende sleutel 'titl' voor type praktijkvoorbeeld;"
                                        + " toegestaan zijn: type, id, titel, samenvatting, organisatie, regio, doelgroep,"
                                        + " treden, themas, werkzame-elementen, motivatietechnieken, bewijsniveau,"
                                        + " review-datum, bronnen",
                                "praktijkvoorbeelden/test-kapot.md:5: trede '7' moet een getal van 1 tot en met 6 zijn",
                                "praktijkvoorbeelden/test-kapot.md:6: 'werkzame-elementen' noemt 'bestaat-niet',"
                                        + " maar een record met dat id bestaat niet",
                                "praktijkvoorbeelden/test-kapot.md:7: 'motivatietechnieken' noemt 'test-bron',"
                                        + " maar dat is een bron en geen motivatietechniek",
                                "test-geen-kop.md:1: het bestand begint niet met een metadatakop tussen twee regels met ---",
                                "werkzame-elementen/test-element.md:3: id 'test-element' wordt ook gebruikt in"
                                        + " werkzame-elementen/test-dubbel.md"));
        assertThat(records.count()).isEqualTo(voor);
        assertThat(records.findBySlug("test-bron")).isEmpty();
    }

    @Test
    void importing_twice_changes_nothing_and_a_changed_file_updates_only_that_record() throws IOException {
        minimaleCorpus();

        assertThat(inhoud.importeer(map)).isEqualTo(new ImportResultaat(3, 0, 0));
        long versie = records.findBySlug("test-voorbeeld").orElseThrow().version();
        assertThat(inhoud.importeer(map)).isEqualTo(new ImportResultaat(0, 0, 3));
        assertThat(records.findBySlug("test-voorbeeld").orElseThrow().version()).isEqualTo(versie);

        bestand("praktijkvoorbeelden/test-voorbeeld.md", """
                ---
                type: praktijkvoorbeeld
                id: test-voorbeeld
                titel: Testvoorbeeld, herzien
                werkzame-elementen: [test-element]
                ---
                Nieuw.
                """);
        assertThat(inhoud.importeer(map)).isEqualTo(new ImportResultaat(0, 1, 2));
        transactie.executeWithoutResult(s -> {
            KennisrecordGegevens herzien = records.findBySlug("test-voorbeeld").orElseThrow().gegevens();
            assertThat(herzien.titel()).isEqualTo("Testvoorbeeld, herzien");
            assertThat(herzien.treden()).isEmpty();
            assertThat(herzien.bronnen()).isEmpty();
            assertThat(herzien.inhoud()).isEqualTo("Nieuw.");
        });
    }

    @Test
    void export_then_import_is_a_round_trip_without_difference() throws IOException {
        Function<Void, Map<String, KennisrecordGegevens>> alles = v -> transactie.execute(s -> records.findAll()
                .stream().collect(Collectors.toMap(Kennisrecord::slug, Kennisrecord::gegevens)));
        Map<String, KennisrecordGegevens> voor = alles.apply(null);

        Path eerste = Files.createDirectories(map.resolve("eerste"));
        assertThat(inhoud.exporteer(eerste)).isEqualTo(voor.size());
        inhoud.importeer(eerste);
        Map<String, KennisrecordGegevens> na = alles.apply(null);
        Path tweede = Files.createDirectories(map.resolve("tweede"));
        inhoud.exporteer(tweede);

        inhoud.importeer(PROJECT_INHOUD); // back to the project's own files for the other tests

        assertThat(na).isEqualTo(voor);
        assertThat(leesAlles(tweede)).isEqualTo(leesAlles(eerste));
    }

    /** Backup and restore of the kennisbank: export, wipe everything, import the export: the same kennisbank. */
    @Test
    void export_wipe_import_restores_every_record_and_the_search_index() throws IOException {
        Function<Void, Map<String, KennisrecordGegevens>> alles = v -> transactie.execute(s -> records.findAll()
                .stream().collect(Collectors.toMap(Kennisrecord::slug, Kennisrecord::gegevens)));
        Map<String, KennisrecordGegevens> voor = alles.apply(null);
        Path backup = Files.createDirectories(map.resolve("backup"));
        assertThat(inhoud.exporteer(backup)).isEqualTo(voor.size()).isGreaterThan(10);

        transactie.executeWithoutResult(s -> records.findAll().stream()
                .sorted(Comparator.comparing((Kennisrecord r) -> r.type() == KennisType.BRON))
                .forEach(records::delete));
        assertThat(records.count()).isZero();
        assertThat(zoekIndex.aantalInIndex()).as("no ghost documents after the wipe").isZero();

        ImportResultaat resultaat = inhoud.importeer(backup);

        assertThat(resultaat.nieuw()).isEqualTo(voor.size());
        Map<String, KennisrecordGegevens> na = alles.apply(null);
        assertThat(na.keySet()).containsExactlyInAnyOrderElementsOf(voor.keySet());
        voor.forEach((slug, gegevens) -> assertThat(na.get(slug)).as(slug).isEqualTo(gegevens));
        assertThat(zoekIndex.controleer().klopt()).isTrue();
        assertThat(zoekIndex.aantalInIndex()).isEqualTo(voor.size());
        inhoud.importeer(PROJECT_INHOUD); // the project's own files again (their hashes), for the other tests
    }

    @Test
    void the_zip_download_holds_every_record_as_a_content_file() throws IOException {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        inhoud.exporteerZip(zip);

        List<String> namen = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                namen.add(entry.getName());
            }
        }
        assertThat(namen).hasSize((int) records.count())
                .contains("content/praktijkvoorbeelden/de-cirkel-almere.md", "content/bronnen/activeren-door-participeren.md");
    }

    private static Map<Path, String> leesAlles(Path map) throws IOException {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(Files::isRegularFile).collect(Collectors.toMap(map::relativize, p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
