package nl.leernetwerk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Moving and leaving at the service level: what is refused, and how the AVG rights follow a moved participant. */
@IntegrationTest
class DeelnemerServiceTest {

    @Autowired
    private GroepService groepen;

    @Autowired
    private DeelnemerService deelnemers;

    @Autowired
    private AanwezigheidService aanwezigheid;

    @Autowired
    private PrivacyService privacy;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private <T> T alsTrainer(Supplier<T> actie) {
        return aanmelding.als("trainer-verplaats", Rol.TRAINER, actie);
    }

    private long groep(String naam) {
        return alsTrainer(() -> groepen.maak(new NieuweGroep(naam, "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2028, 1, 3), null, 1)));
    }

    @Test
    void after_leaving_no_attendance_can_be_registered_for_later_bijeenkomsten_and_leaving_twice_is_refused() {
        long groep = groep("Vertrekgroep");
        long deelnemer = alsTrainer(() -> groepen.voegDeelnemerToe(groep, new NieuweDeelnemer("Piet", Contactkanaal.SMS,
                null, null)));
        long voor = alsTrainer(() -> groepen.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2028, 1, 3),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null)));
        long na = alsTrainer(() -> groepen.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2028, 1, 17),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null)));
        alsTrainer(() -> {
            deelnemers.schrijfUit(deelnemer, LocalDate.of(2028, 1, 10), Uitschrijfreden.OPLEIDING);
            return null;
        });

        // a correction before leaving is still possible; after it, he is no longer on the list
        alsTrainer(() -> aanwezigheid.registreer(voor, deelnemer, AanwezigheidStatus.AANWEZIG, null));
        assertThat(alsTrainer(() -> aanwezigheid.lijst(na).orElseThrow().regels())).isEmpty();
        assertThatThrownBy(() -> alsTrainer(() -> aanwezigheid.registreer(na, deelnemer, AanwezigheidStatus.AANWEZIG, null)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alsTrainer(() -> {
            deelnemers.schrijfUit(deelnemer, LocalDate.of(2028, 1, 11), Uitschrijfreden.WERK);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alsTrainer(() -> {
            deelnemers.schrijfUit(deelnemer, LocalDate.of(2028, 1, 11), Uitschrijfreden.VERPLAATST);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_finished_group_takes_no_one_and_inzage_and_vergetelheid_follow_the_participant_across_moves() {
        long van = groep("Van-groep");
        long naar = groep("Naar-groep");
        long afgerond = groep("Afgeronde groep");
        alsTrainer(() -> {
            groepen.start(afgerond, true);
            groepen.rondAf(afgerond);
            return null;
        });
        long oud = alsTrainer(() -> groepen.voegDeelnemerToe(van, new NieuweDeelnemer("Nadia", Contactkanaal.BRIEF,
                null, 4)));
        long bijeenkomst = alsTrainer(() -> groepen.planBijeenkomst(van, new NieuweBijeenkomst(LocalDate.of(2028, 1, 3),
                LocalTime.of(9, 0), LocalTime.of(10, 0), null)));
        alsTrainer(() -> aanwezigheid.registreer(bijeenkomst, oud, AanwezigheidStatus.TE_LAAT, null));

        assertThatThrownBy(() -> alsTrainer(() -> deelnemers.verplaats(oud, afgerond, LocalDate.of(2028, 1, 5))))
                .isInstanceOf(IllegalStateException.class);
        long nieuw = alsTrainer(() -> deelnemers.verplaats(oud, naar, LocalDate.of(2028, 1, 5)));
        assertThatThrownBy(() -> alsTrainer(() -> deelnemers.verplaats(oud, naar, LocalDate.of(2028, 1, 6))))
                .isInstanceOf(IllegalStateException.class);

        String inzage = aanmelding.als("bea", Rol.BEHEERDER, () -> privacy.inzage(nieuw));
        assertThat(inzage).contains("groep: Van-groep", "uitgeschreven op: 2028-01-05 (verplaatst)",
                "2028-01-03: te_laat", "groep: Naar-groep", "trede bij de start: 4");

        aanmelding.als("bea", Rol.BEHEERDER, () -> {
            privacy.vergeet(nieuw);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from deelnemer where id in (?, ?)", Long.class, oud, nieuw)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from aanwezigheid where deelnemer_id = ?", Long.class, oud)).isZero();
    }
}
