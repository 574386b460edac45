package nl.leernetwerk.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.InbrengSoort;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.PrivacyService;
import nl.leernetwerk.training.ReflectieService;
import nl.leernetwerk.training.SessieService;
import nl.leernetwerk.training.UitkomstService;
import nl.leernetwerk.training.Uitstroom;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the session tools keep about a participant is in the AVG inzage and goes when they are forgotten. */
class SessiePrivacyTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AfspraakService afspraakService;

    @Autowired
    private SessieService sessieService;

    @Autowired
    private ReflectieService reflectieService;

    @Autowired
    private UitkomstService uitkomstService;

    @Autowired
    private PrivacyService privacyService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private nl.leernetwerk.training.Bewaartermijn bewaartermijn;

    @Test
    void after_the_retention_period_the_session_texts_are_forgotten_and_the_outcome_kept() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Sessiebewaargroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2026, 2, 2), null, 1));
        long noor = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Noor", Contactkanaal.SMS, null, 2));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2026, 2, 2),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        sessieService.legVast(bijeenkomst, noor, InbrengSoort.ANTWOORD, "Noor vertelt over haar zoon");
        reflectieService.bewaar(bijeenkomst, null, null, Set.of(), Map.of(noor, "Noor lachte weer"));
        uitkomstService.leg(noor, null, 3, false, Uitstroom.OPLEIDING);
        groepService.start(groep, false);
        groepService.rondAf(groep);
        LocalDate einde = jdbc.queryForObject("select einddatum from groep where id = ?", LocalDate.class, groep);

        bewaartermijn.pasToe(einde.plusMonths(12).plusDays(1));

        assertThat(jdbc.queryForObject("select count(*) from inbreng where deelnemer_id = ?", Integer.class, noor)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reflectie_opbrengst where deelnemer_id = ?", Integer.class, noor))
                .isZero();
        assertThat(jdbc.queryForObject("select trede_eind || '/' || uitstroom from uitkomst where deelnemer_id = ?",
                String.class, noor)).isEqualTo("3/OPLEIDING");
    }

    @Test
    void inzage_shows_session_data_and_forgetting_removes_it_while_the_groups_afspraak_stays() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Sessieprivacy", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 7, 5), null, 2));
        long lotte = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Lotte", Contactkanaal.SMS, null, 2));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 7, 5),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        long afspraak = afspraakService.stelVoor(groep, lotte, "Koffie om half elf");
        sessieService.beurt(bijeenkomst, lotte);
        sessieService.legVast(bijeenkomst, lotte, InbrengSoort.TIP, "Zet een wekker");
        reflectieService.bewaar(bijeenkomst, null, null, Set.of(), Map.of(lotte, "Vertelde over haar hobby"));
        uitkomstService.leg(lotte, null, 3, false, Uitstroom.VRIJWILLIGERSWERK);

        login(Rol.BEHEERDER);
        assertThat(privacyService.inzage(lotte)).contains("afspraak voorgesteld: Koffie om half elf",
                "beurten in sessies: 1", "tip: Zet een wekker", "opbrengst volgens de trainer: Vertelde over haar hobby",
                "uitkomst: trede aan het eind 3, uitstroom vrijwilligerswerk");

        privacyService.vergeet(lotte);
        for (String tabel : new String[] {"beurt", "inbreng", "reflectie_opbrengst", "uitkomst"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + tabel + " where deelnemer_id = ?", Integer.class, lotte))
                    .as(tabel).isZero();
        }
        assertThat(jdbc.queryForObject("select tekst || '/' || coalesce(deelnemer_id::text, 'groep') from afspraak where id = ?",
                String.class, afspraak)).isEqualTo("Koffie om half elf/groep");
    }
}
