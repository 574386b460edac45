package nl.leernetwerk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import nl.leernetwerk.IntegrationTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class GroepServiceTest {

    @Autowired
    private GroepService groepen;

    @Autowired
    private AanwezigheidService aanwezigheid;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private AanwezigheidExport export;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Aanmelding aanmelding;

    private <T> T als(String gebruiker, Rol rol, Supplier<T> actie) {
        return aanmelding.als(gebruiker, rol, actie);
    }

    private long groepMetDeelnemer(String trainer) {
        return als(trainer, Rol.TRAINER, () -> {
            long groep = groepen.maak(new NieuweGroep("Sterk naar werk voorjaar", "sterk-naar-werk", Variant.REGULIER,
                    LocalDate.of(2027, 3, 1), null, 8));
            groepen.voegDeelnemerToe(groep, new NieuweDeelnemer("Fatima", Contactkanaal.WHATSAPP, null, 5));
            groepen.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 3, 1), LocalTime.of(9, 30),
                    LocalTime.of(12, 0), "Wijkcentrum"));
            return groep;
        });
    }

    @Test
    void a_trainer_registers_attendance_and_who_and_when_are_kept_and_audited() {
        long groepId = groepMetDeelnemer("trainer-a");
        GroepDetail groep = als("trainer-a", Rol.TRAINER, () -> groepen.groep(groepId).orElseThrow());
        long bijeenkomst = groep.bijeenkomsten().getFirst().id();
        long deelnemer = groep.deelnemers().getFirst().id();

        als("trainer-a", Rol.TRAINER, () -> aanwezigheid.registreer(bijeenkomst, deelnemer,
                AanwezigheidStatus.AFWEZIG_MET_BERICHT, AfwezigheidReden.ZIEK));
        Aanwezigheidslijst.Regel regel = als("trainer-a", Rol.TRAINER,
                () -> aanwezigheid.lijst(bijeenkomst).orElseThrow().regels().getFirst());

        assertThat(regel.status()).isEqualTo(AanwezigheidStatus.AFWEZIG_MET_BERICHT);
        assertThat(regel.reden()).isEqualTo(AfwezigheidReden.ZIEK);
        assertThat(regel.geregistreerdDoor()).isEqualTo("trainer-a");
        assertThat(regel.geregistreerdOp()).isNotNull();
        assertThat(als("bea", Rol.BEHEERDER, () -> auditLog.over("deelnemer:" + deelnemer)))
                .extracting(AuditLog.Regel::actie, AuditLog.Regel::gebruiker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("deelnemer ingeschreven", "trainer-a"),
                        org.assertj.core.groups.Tuple.tuple("aanwezigheid afwezig_met_bericht", "trainer-a"));
        assertThat(als("bea", Rol.BEHEERDER, () -> auditLog.over("groep:" + groepId)))
                .extracting(AuditLog.Regel::actie).contains("deelnemers gelezen");
    }

    @Test
    void another_trainer_never_reaches_the_group_or_its_participants() {
        long groepId = groepMetDeelnemer("trainer-b");
        long bijeenkomst = als("trainer-b", Rol.TRAINER,
                () -> groepen.groep(groepId).orElseThrow().bijeenkomsten().getFirst().id());

        assertThat(als("trainer-c", Rol.TRAINER, groepen::mijnGroepen)).noneMatch(g -> g.id() == groepId);
        assertThatThrownBy(() -> als("trainer-c", Rol.TRAINER, () -> groepen.groep(groepId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> als("trainer-c", Rol.TRAINER, () -> aanwezigheid.lijst(bijeenkomst)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> als("lotte", Rol.LID, groepen::mijnGroepen)).isInstanceOf(AccessDeniedException.class);
        assertThat(als("bea", Rol.BEHEERDER, groepen::mijnGroepen)).anyMatch(g -> g.id() == groepId);
    }

    @Test
    void the_overview_warns_only_after_enough_bijeenkomsten_below_the_threshold_and_exports_minimal_csv() {
        long groepId = als("trainer-e", Rol.TRAINER, () -> {
            long groep = groepen.maak(new NieuweGroep("Drempelgroep", "sterk-naar-werk", Variant.REGULIER,
                    LocalDate.of(2027, 2, 1), null, 2));
            groepen.voegDeelnemerToe(groep, new NieuweDeelnemer("Anna", Contactkanaal.SMS, null, null));
            groepen.voegDeelnemerToe(groep, new NieuweDeelnemer("=Bram", Contactkanaal.SMS, null, null));
            for (int dag = 1; dag <= 4; dag++) {
                groepen.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 2, dag), LocalTime.of(9, 0),
                        LocalTime.of(11, 0), null));
            }
            return groep;
        });
        GroepDetail groep = als("trainer-e", Rol.TRAINER, () -> groepen.groep(groepId).orElseThrow());
        long anna = groep.deelnemers().stream().filter(d -> d.naam().equals("Anna")).findFirst().orElseThrow().id();
        long bram = groep.deelnemers().stream().filter(d -> d.naam().equals("=Bram")).findFirst().orElseThrow().id();
        List<Long> data = groep.bijeenkomsten().stream().map(BijeenkomstSamenvatting::id).toList();
        als("trainer-e", Rol.TRAINER, () -> {
            // Anna: present, absent twice; after two registrations no warning yet, after three one (1/3 < 75%)
            aanwezigheid.registreer(data.get(0), anna, AanwezigheidStatus.AANWEZIG, null);
            aanwezigheid.registreer(data.get(1), anna, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
            // Bram: late counts as present, vrijgesteld does not count
            aanwezigheid.registreer(data.get(0), bram, AanwezigheidStatus.TE_LAAT, null);
            aanwezigheid.registreer(data.get(1), bram, AanwezigheidStatus.VRIJGESTELD, null);
            aanwezigheid.registreer(data.get(2), bram, AanwezigheidStatus.AANWEZIG, null);
            aanwezigheid.registreer(data.get(3), bram, AanwezigheidStatus.AANWEZIG, null);
            return null;
        });
        assertThat(rij(groepId, "Anna").waarschuwing()).isFalse();

        als("trainer-e", Rol.TRAINER, () -> aanwezigheid.registreer(data.get(2), anna,
                AanwezigheidStatus.AFWEZIG_MET_BERICHT, AfwezigheidReden.VERVOER));

        Aanwezigheidsoverzicht.Rij annaRij = rij(groepId, "Anna");
        assertThat(annaRij.waarschuwing()).isTrue();
        assertThat(annaRij.percentage()).isCloseTo(33.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rij(groepId, "=Bram").percentage()).isEqualTo(100.0);
        assertThat(rij(groepId, "=Bram").waarschuwing()).isFalse();

        String csv = als("trainer-e", Rol.TRAINER, () -> export.csv(groepId, null, null));
        assertThat(csv.lines()).first().isEqualTo("deelnemer;datum;status");
        assertThat(csv.lines()).contains("Anna;2027-02-01;aanwezig", "Anna;2027-02-03;afwezig_met_bericht",
                "Anna;2027-02-04;", "'=Bram;2027-02-01;te_laat");
        assertThat(csv).doesNotContain("VERVOER", "vervoer", "SMS", "sms");
    }

    private Aanwezigheidsoverzicht.Rij rij(long groepId, String naam) {
        return als("trainer-e", Rol.TRAINER, () -> aanwezigheid.overzicht(groepId)).rijen().stream()
                .filter(r -> r.naam().equals(naam)).findFirst().orElseThrow();
    }

    @Test
    void a_group_starts_at_its_minimum_or_by_the_trainers_explicit_decision_and_can_then_be_finished() {
        long groepId = als("trainer-f", Rol.TRAINER, () -> groepen.maak(new NieuweGroep("Startgroep", "sterk-naar-werk",
                Variant.REGULIER, LocalDate.of(2027, 8, 2), null, 2)));
        als("trainer-f", Rol.TRAINER, () -> groepen.voegDeelnemerToe(groepId,
                new NieuweDeelnemer("Een", Contactkanaal.SMS, null, null)));

        assertThatThrownBy(() -> als("trainer-f", Rol.TRAINER, () -> {
            groepen.start(groepId, false);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("minimum");
        als("trainer-f", Rol.TRAINER, () -> {
            groepen.start(groepId, true);
            return null;
        });
        assertThat(als("trainer-f", Rol.TRAINER, () -> groepen.groep(groepId).orElseThrow().groep().status()))
                .isEqualTo(GroepStatus.LOOPT);
        als("trainer-f", Rol.TRAINER, () -> {
            groepen.rondAf(groepId);
            return null;
        });
        assertThat(als("trainer-f", Rol.TRAINER, () -> groepen.groep(groepId).orElseThrow().groep().status()))
                .isEqualTo(GroepStatus.AFGEROND);
    }

    @Autowired
    private Bewaartermijn bewaartermijn;

    @Test
    void participants_are_anonymised_and_follow_up_notes_forgotten_after_the_retention_period() {
        long groepId = als("trainer-g", Rol.TRAINER, () -> groepen.maak(new NieuweGroep("Bewaargroep", "sterk-naar-werk",
                Variant.REGULIER, LocalDate.of(2026, 1, 5), null, 1)));
        long deelnemer = als("trainer-g", Rol.TRAINER, () -> groepen.voegDeelnemerToe(groepId,
                new NieuweDeelnemer("Karin", Contactkanaal.BRIEF, LocalDate.of(2025, 12, 1), 3)));
        long bijeenkomst = als("trainer-g", Rol.TRAINER, () -> groepen.planBijeenkomst(groepId,
                new NieuweBijeenkomst(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0), LocalTime.of(10, 0), null)));
        als("trainer-g", Rol.TRAINER, () -> {
            aanwezigheid.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
            groepen.start(groepId, false);
            groepen.rondAf(groepId);
            return null;
        });
        jdbc.update("update opvolging set waarom = 'zorg voor moeder', uitkomst = 'komt weer'");
        LocalDate einde = jdbc.queryForObject("select einddatum from groep where id = ?", LocalDate.class, groepId);

        bewaartermijn.pasToe(einde.plusMonths(11));
        assertThat(jdbc.queryForObject("select naam from deelnemer where id = ?", String.class, deelnemer)).isEqualTo("Karin");

        bewaartermijn.pasToe(einde.plusMonths(12).plusDays(1));

        assertThat(jdbc.queryForObject("select naam || '/' || coalesce(verwezen_op::text, '-') || '/' || trede_start"
                + " from deelnemer where id = ?", String.class, deelnemer)).isEqualTo("(geanonimiseerd)/-/3");
        assertThat(jdbc.queryForObject("select count(*) from opvolging o join aanwezigheid a on a.id = o.aanwezigheid_id"
                + " where a.deelnemer_id = ? and (waarom is not null or uitkomst is not null)", Long.class, deelnemer))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where onderwerp = ? and gebruiker = 'systeem'"
                + " and actie like 'deelnemer geanonimiseerd%'", Long.class, "deelnemer:" + deelnemer)).isEqualTo(1);
    }

    @Test
    void the_audit_log_refuses_changes() {
        groepMetDeelnemer("trainer-d");

        assertThatThrownBy(() -> jdbc.update("update audit_regel set gebruiker = 'iemand anders'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_regel")).hasMessageContaining("append-only");
    }

    @Test
    void a_group_needs_a_training_from_the_kennisbank() {
        assertThatThrownBy(() -> als("trainer-a", Rol.TRAINER, () -> groepen.maak(new NieuweGroep("X", "maatwerk",
                Variant.REGULIER, LocalDate.of(2027, 1, 1), null, 5)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> als("trainer-a", Rol.TRAINER, () -> groepen.maak(new NieuweGroep(" ", "sterk-naar-werk",
                Variant.REGULIER, LocalDate.of(2027, 1, 1), null, 0))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }
}
