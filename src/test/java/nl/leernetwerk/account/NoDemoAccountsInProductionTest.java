package nl.leernetwerk.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile on an external PostgreSQL (here: one the test starts) creates no demo accounts. */
@SpringBootTest
@ActiveProfiles("prod")
class NoDemoAccountsInProductionTest {

    private static EmbeddedPostgres externePostgres;

    @DynamicPropertySource
    static void externeDatabase(DynamicPropertyRegistry registry) throws IOException {
        externePostgres = EmbeddedPostgres.start();
        registry.add("spring.datasource.url", () -> externePostgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-heap");
        registry.add("leernetwerk.data-dir", () -> "target/prod-profile-test");
    }

    @AfterAll
    static void stop() throws IOException {
        externePostgres.close();
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private GebruikerRepository gebruikers;

    @Test
    void production_uses_the_configured_database_and_has_no_demo_accounts() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
        assertThat(gebruikers.count()).isZero();
    }
}
