package nl.leernetwerk.training;

import nl.leernetwerk.training.domain.AfspraakRepository;
import nl.leernetwerk.training.domain.BeurtRepository;
import nl.leernetwerk.training.domain.InbrengRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.ReflectieOpbrengstRepository;
import nl.leernetwerk.training.domain.UitkomstRepository;
import org.springframework.stereotype.Component;

/**
 * The AVG side of the session tools. Inzage: afspraken a participant proposed, turns, answers and
 * tips credited to them, what they gained according to reflections, and their outcome. Retention:
 * the free texts about them are forgotten; outcome and turn counts remain for statistics. Erasing
 * a participant removes all these rows with them (database cascade); their afspraken stay the group's.
 */
@Component
class SessiePrivacy {

    private final AfspraakRepository afspraken;
    private final BeurtRepository beurten;
    private final InbrengRepository inbreng;
    private final ReflectieOpbrengstRepository opbrengsten;
    private final UitkomstRepository uitkomsten;

    SessiePrivacy(AfspraakRepository afspraken, BeurtRepository beurten, InbrengRepository inbreng,
            ReflectieOpbrengstRepository opbrengsten, UitkomstRepository uitkomsten) {
        this.afspraken = afspraken;
        this.beurten = beurten;
        this.inbreng = inbreng;
        this.opbrengsten = opbrengsten;
        this.uitkomsten = uitkomsten;
    }

    /** Forgets the free texts about a participant whose retention period is over. */
    void wisTeksten(Deelnemer d) {
        inbreng.deleteAll(inbreng.findByDeelnemerOrderById(d));
        opbrengsten.deleteAll(opbrengsten.findByDeelnemerOrderById(d));
    }

    String inzage(Deelnemer d) {
        StringBuilder uit = new StringBuilder();
        afspraken.findByVoorgesteldDoorOrderById(d).forEach(a -> uit.append("afspraak voorgesteld: ").append(a.tekst())
                .append('\n'));
        uit.append("beurten in sessies: ").append(beurten.countByDeelnemer(d)).append('\n');
        inbreng.findByDeelnemerOrderById(d).forEach(b -> uit.append(b.soort().name().toLowerCase(java.util.Locale.ROOT))
                .append(": ").append(b.tekst()).append('\n'));
        opbrengsten.findByDeelnemerOrderById(d).forEach(o -> uit.append("opbrengst volgens de trainer: ").append(o.tekst())
                .append('\n'));
        uitkomsten.findByDeelnemer(d).ifPresent(u -> uit.append("uitkomst: trede aan het eind ")
                .append(u.tredeEind() == null ? "onbekend" : u.tredeEind())
                .append(u.binnenTrede() ? ", vooruit binnen de trede" : "")
                .append(u.uitstroom() == null ? "" : ", uitstroom " + u.uitstroom().name().toLowerCase(java.util.Locale.ROOT))
                .append('\n'));
        return uit.toString();
    }
}
