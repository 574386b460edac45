package nl.leernetwerk.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.DeelnemerKeuze;
import nl.leernetwerk.training.DeelnemerService;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.SessieService;
import nl.leernetwerk.training.UitkomstService;
import nl.leernetwerk.training.Uitschrijfreden;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who left a group is no longer on its session screen; who moved is counted once, in the new group. */
class SessieDeelnemersTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private DeelnemerService deelnemerService;

    @Autowired
    private SessieService sessieService;

    @Autowired
    private AfspraakService afspraakService;

    @Autowired
    private UitkomstService uitkomstService;

    @Test
    void left_participants_leave_the_session_and_moved_ones_count_once() {
        login(Rol.TRAINER);
        String training = "intern-programma-participatiehuis";
        long eerste = groepService.maak(new NieuweGroep("Verloopgroep 1", training, Variant.REGULIER,
                LocalDate.of(2027, 8, 2), null, 1));
        long tweede = groepService.maak(new NieuweGroep("Verloopgroep 2", training, Variant.REGULIER,
                LocalDate.of(2027, 8, 2), null, 1));
        groepService.voegDeelnemerToe(eerste, new NieuweDeelnemer("Blijft", Contactkanaal.SMS, null, 2));
        long weg = groepService.voegDeelnemerToe(eerste, new NieuweDeelnemer("Vertrekt", Contactkanaal.SMS, null, 2));
        long verhuist = groepService.voegDeelnemerToe(eerste, new NieuweDeelnemer("Verhuist", Contactkanaal.SMS, null, 3));
        long bijeenkomst = groepService.planBijeenkomst(eerste, new NieuweBijeenkomst(LocalDate.of(2027, 8, 9),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        deelnemerService.schrijfUit(weg, LocalDate.of(2027, 8, 5), Uitschrijfreden.WERK);
        deelnemerService.verplaats(verhuist, tweede, LocalDate.of(2027, 8, 5));

        assertThat(sessieService.stand(bijeenkomst).orElseThrow().deelnemers()).extracting(SessieService.Spreker::naam)
                .containsExactly("Blijft");
        assertThat(afspraakService.overzicht(eerste).orElseThrow().deelnemers()).extracting(DeelnemerKeuze::naam)
                .containsExactly("Blijft");
        // instroom: Blijft and Vertrekt in the first group, Verhuist in the second
        assertThat(uitkomstService.groep(eerste).orElseThrow().rapport().instroom()).isEqualTo(2);
        assertThat(uitkomstService.training(training).instroom()).isEqualTo(3);
    }
}
