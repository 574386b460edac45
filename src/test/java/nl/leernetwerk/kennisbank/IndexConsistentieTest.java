package nl.leernetwerk.kennisbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.inhoud.InhoudService;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Database and search index agree after a failed transaction; the check finds differences and a rebuild repairs them. */
@IntegrationTest
@WithMockUser(roles = "BEHEERDER")
class IndexConsistentieTest {

    @Autowired private ZoekIndex zoekIndex;
    @Autowired private ZoekService zoekService;
    @Autowired private InhoudService inhoud;
    @Autowired private KennisrecordRepository records;
    @Autowired private TransactionTemplate transactie;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private EntityManagerFactory entityManagerFactory;

    @TempDir
    private Path map;

    @AfterEach
    void herstel() throws InterruptedException {
        jdbc.update("delete from kennisrecord where slug like 'test-consistent-%'");
        zoekIndex.herbouwIndex();
    }

    private void bron(String slug, String titel) throws IOException {
        Files.writeString(map.resolve(slug + ".md"), """
                ---
                type: bron
                id: %s
                titel: %s
                ---
                Over zeldzaamwoord %s.
                """.formatted(slug, titel, titel));
    }

    @Test
    void a_transaction_that_fails_midway_leaves_database_and_index_in_step() throws IOException {
        IndexControle voor = zoekIndex.controleer();
        assertThat(voor.klopt()).isTrue();
        bron("test-consistent-een", "Kwartelkoning");
        bron("test-consistent-twee", "Korhoen");

        assertThatThrownBy(() -> transactie.executeWithoutResult(s -> {
            inhoud.importeer(map); // both records written and flushed ...
            records.flush();
            throw new IllegalStateException("storing halverwege"); // ... then the transaction fails
        })).hasMessage("storing halverwege");

        IndexControle na = zoekIndex.controleer();
        assertThat(na.klopt()).as("no ghost documents, nothing missing").isTrue();
        assertThat(na.inIndex()).isEqualTo(na.inDatabase()).isEqualTo(voor.inDatabase());
        assertThat(records.findBySlug("test-consistent-een")).isEmpty();
        assertThat(zoekService.zoek(Zoekvraag.van("Kwartelkoning")).totaal()).isZero();
    }

    @Test
    void the_check_reports_ghosts_and_missing_records_by_id_and_the_rebuild_repairs_both() throws Exception {
        bron("test-consistent-spook", "Spookrecord");
        bron("test-consistent-kwijt", "Kwijtrecord");
        inhoud.importeer(map);
        long spook = records.findBySlug("test-consistent-spook").orElseThrow().id().orElseThrow();
        long kwijt = records.findBySlug("test-consistent-kwijt").orElseThrow().id().orElseThrow();

        // behind the application's back: a row deleted with SQL (ghost in the index), a document purged from the index
        jdbc.update("delete from kennisrecord where id = ?", spook);
        try (EntityManager sessie = entityManagerFactory.createEntityManager()) {
            sessie.getTransaction().begin();
            Search.session(sessie).indexingPlan().purge(Kennisrecord.class, kwijt, null);
            sessie.getTransaction().commit();
        }

        IndexControle controle = zoekIndex.controleer();
        assertThat(controle.klopt()).isFalse();
        assertThat(controle.overbodig()).containsExactly(spook);
        assertThat(controle.ontbreken()).containsExactly(kwijt);
        assertThat(controle.verschillen()).isEqualTo(2);

        zoekIndex.herbouwIndex();

        assertThat(zoekIndex.controleer().klopt()).isTrue();
    }
}
