package nl.leernetwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dutch interface speaks Dutch, with one term per concept: no English interface words and
 * none of the words docs/glossary.md says to avoid.
 */
class NederlandseTekstTest {

    /** Common English interface words, matched as whole words in any case. */
    static final List<String> ENGELS = List.of("save", "cancel", "search", "delete", "loading", "error", "submit",
            "login", "log in", "logout", "log out", "sign in", "sign out", "password", "username", "settings",
            "edit", "close", "back", "next", "previous", "yes", "confirm", "remove", "add", "new", "show", "hide",
            "select", "choose", "upload", "home", "page", "results", "filter by", "not found", "welcome",
            "the", "and", "please");

    private static Properties nl() throws IOException {
        Properties properties = new Properties();
        try (var in = NederlandseTekstTest.class.getResourceAsStream("/vaadin-i18n/translations_nl.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The first column of the glossary's "Words to avoid" table, split at commas. */
    static List<String> teVermijden() throws IOException {
        List<String> woorden = new ArrayList<>();
        boolean inSectie = false;
        for (String regel : Files.readAllLines(Path.of("docs/glossary.md"))) {
            if (regel.startsWith("## ")) {
                inSectie = regel.toLowerCase(Locale.ROOT).contains("avoid");
            } else if (inSectie && regel.startsWith("|") && !regel.startsWith("|---") && !regel.startsWith("| avoid")) {
                for (String woord : regel.split("\\|")[1].split(",")) {
                    if (!woord.isBlank()) {
                        woorden.add(woord.strip());
                    }
                }
            }
        }
        return woorden;
    }

    private static TreeMap<String, String> treffers(Properties bundel, List<String> woorden) {
        TreeMap<String, String> gevonden = new TreeMap<>();
        for (String woord : woorden) {
            Pattern patroon = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(woord) + "(?![\\p{L}\\p{N}_-])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            bundel.forEach((sleutel, tekst) -> {
                if (patroon.matcher(tekst.toString()).find()) {
                    gevonden.merge(sleutel.toString(), woord + " in \"" + tekst + "\"", (a, b) -> a + "; " + b);
                }
            });
        }
        return gevonden;
    }

    @Test
    void the_dutch_bundle_has_no_english_interface_words() throws IOException {
        assertThat(treffers(nl(), ENGELS)).as("English words in translations_nl.properties").isEmpty();
    }

    @Test
    void the_dutch_bundle_uses_the_glossary_terms_not_the_words_to_avoid() throws IOException {
        List<String> vermijden = teVermijden();
        assertThat(vermijden).as("the glossary's words to avoid").contains("cursist", "meeting");
        assertThat(treffers(nl(), vermijden)).as("words to avoid (docs/glossary.md) in translations_nl.properties")
                .isEmpty();
    }

    @Test
    void the_check_finds_english_and_avoided_words() throws IOException {
        Properties voorbeeld = new Properties();
        voorbeeld.setProperty("a", "Save");
        voorbeeld.setProperty("b", "Zoeken of Search?");
        voorbeeld.setProperty("c", "Drie cursisten waren er");
        voorbeeld.setProperty("d", "Opslaan, annuleren, zoekresultaten, toevoegen, feedbackgesprek");
        assertThat(treffers(voorbeeld, ENGELS)).containsOnlyKeys("a", "b");
        assertThat(treffers(voorbeeld, teVermijden())).containsOnlyKeys("c");
    }
}
