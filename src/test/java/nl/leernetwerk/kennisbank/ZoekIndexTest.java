package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "BEHEERDER")
class ZoekIndexTest {

    @Autowired
    private ZoekIndex zoekIndex;

    @Autowired
    private KennisrecordRepository records;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void after_start_up_and_after_mass_indexing_the_index_holds_exactly_the_database_records() throws Exception {
        assertThat(zoekIndex.aantalInIndex()).isEqualTo(records.count());

        zoekIndex.herbouwIndex();

        assertThat(zoekIndex.aantalInIndex()).isEqualTo(records.count());
    }

    @Test
    void the_body_as_plain_text_is_kept_on_write_and_rendered_for_rows_from_before_it_was_kept() throws Exception {
        List<Map<String, Object>> rijen = jdbc.queryForList("select slug, inhoud, platte_tekst from kennisrecord");
        assertThat(rijen).isNotEmpty().allSatisfy(rij -> assertThat(rij.get("platte_tekst"))
                .as((String) rij.get("slug")).isEqualTo(Kennisrecord.platteTekst((String) rij.get("inhoud"))));

        // a row written before V021 (or by SQL) has none: the text is rendered when the record is indexed
        String slug = (String) rijen.getFirst().get("slug");
        jdbc.update("update kennisrecord set platte_tekst = null where slug = ?", slug);
        try {
            assertThat(records.findBySlug(slug).orElseThrow().getPlatteTekst())
                    .isEqualTo(rijen.getFirst().get("platte_tekst")).isNotBlank();
            zoekIndex.herbouwIndex();
            assertThat(zoekIndex.aantalInIndex()).isEqualTo(records.count());
        } finally {
            jdbc.update("update kennisrecord set platte_tekst = ? where slug = ?", rijen.getFirst().get("platte_tekst"),
                    slug);
        }
    }
}
