package nl.leernetwerk.basis.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@IntegrationTest
class EmbeddedDatabaseTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private GebruikerRepository gebruikers;

    @AfterEach
    void ruimOp() {
        gebruikers.findByGebruikersnaamIgnoreCase("test-rondje").ifPresent(gebruikers::delete);
    }

    @Test
    void runs_on_a_real_postgresql_migrated_by_flyway() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForList(
                "select version from flyway_schema_history where success order by installed_rank", String.class))
                .contains("001");
    }

    @Test
    void an_entity_survives_a_round_trip_with_its_roles_and_version() {
        Gebruiker opgeslagen = gebruikers.save(new Gebruiker("test-rondje", "Test Rondje", "{noop}x",
                Set.of(Rol.TRAINER, Rol.LID)));

        Gebruiker gelezen = gebruikers.findById(opgeslagen.id().orElseThrow()).orElseThrow();

        assertThat(gelezen.gebruikersnaam()).isEqualTo("test-rondje");
        assertThat(gelezen.rollen()).containsExactlyInAnyOrder(Rol.TRAINER, Rol.LID);
        assertThat(gelezen.version()).isZero();
        assertThat(gelezen).isEqualTo(opgeslagen);
    }

    @Test
    void a_save_based_on_an_old_version_is_refused() {
        Gebruiker opgeslagen = gebruikers.save(new Gebruiker("test-rondje", "Test Rondje", "{noop}x", Set.of(Rol.LID)));
        jdbc.update("update gebruiker set naam = 'Ander', version = version + 1 where id = ?", opgeslagen.id().orElseThrow());

        assertThatThrownBy(() -> gebruikers.saveAndFlush(opgeslagen))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
