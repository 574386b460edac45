package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;

import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "BEHEERDER")
class ZoekIndexTest {

    @Autowired
    private ZoekIndex zoekIndex;

    @Autowired
    private KennisrecordRepository records;

    @Test
    void after_start_up_and_after_mass_indexing_the_index_holds_exactly_the_database_records() throws Exception {
        assertThat(zoekIndex.aantalInIndex()).isEqualTo(records.count());

        zoekIndex.herbouwIndex();

        assertThat(zoekIndex.aantalInIndex()).isEqualTo(records.count());
    }
}
