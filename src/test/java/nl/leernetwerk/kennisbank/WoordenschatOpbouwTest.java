package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;

import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** A large kennisbank's did-you-mean vocabulary is counted in the background while searches go on. */
@IntegrationTest
class WoordenschatOpbouwTest {

    @Autowired
    private KennisrecordRepository records;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void a_slow_rebuild_runs_in_the_background_and_the_previous_vocabulary_serves_meanwhile() {
        // every kennisbank counts as large here: the first rebuild goes to the background as well
        Woordenschat woordenschat = new Woordenschat(records, transacties, 0);
        try {
            assertThat(woordenschat.verbeter("zelfvetrouwn")).as("nothing counted yet: no suggestion, no waiting")
                    .isEmpty();

            assertThat(woordenschat.wachtOpOpbouw()).isPositive();
            assertThat(woordenschat.verbeter("zelfvetrouwn")).contains("zelfvertrouwen");
        } finally {
            woordenschat.stop();
        }
    }
}
