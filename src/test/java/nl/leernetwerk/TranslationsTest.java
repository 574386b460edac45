package nl.leernetwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties bundle(String taal) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + taal + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutch_and_english_bundles_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties nl = bundle("nl");
        Properties en = bundle("en");

        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(nl.values()).allSatisfy(tekst -> assertThat(tekst.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(tekst -> assertThat(tekst.toString()).isNotBlank());
    }
}
