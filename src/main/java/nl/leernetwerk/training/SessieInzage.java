package nl.leernetwerk.training;

import nl.leernetwerk.training.domain.AfspraakRepository;
import nl.leernetwerk.training.domain.BeurtRepository;
import nl.leernetwerk.training.domain.BijdrageRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.ReflectieOpbrengstRepository;
import nl.leernetwerk.training.domain.UitkomstRepository;
import org.springframework.stereotype.Component;

/**
 * What the session tools keep about one participant, for the AVG inzage: afspraken they proposed,
 * turns, answers and tips credited to them, what they gained according to reflections, and their outcome.
 * Erasing a participant removes these rows with them (database cascade); their afspraken stay the group's.
 */
@Component
class SessieInzage {

    private final AfspraakRepository afspraken;
    private final BeurtRepository beurten;
    private final BijdrageRepository bijdragen;
    private final ReflectieOpbrengstRepository opbrengsten;
    private final UitkomstRepository uitkomsten;

    SessieInzage(AfspraakRepository afspraken, BeurtRepository beurten, BijdrageRepository bijdragen,
            ReflectieOpbrengstRepository opbrengsten, UitkomstRepository uitkomsten) {
        this.afspraken = afspraken;
        this.beurten = beurten;
        this.bijdragen = bijdragen;
        this.opbrengsten = opbrengsten;
        this.uitkomsten = uitkomsten;
    }

    String van(Deelnemer d) {
        StringBuilder uit = new StringBuilder();
        afspraken.findByVoorgesteldDoorOrderById(d).forEach(a -> uit.append("afspraak voorgesteld: ").append(a.tekst())
                .append('\n'));
        uit.append("beurten in sessies: ").append(beurten.countByDeelnemer(d)).append('\n');
        bijdragen.findByDeelnemerOrderById(d).forEach(b -> uit.append(b.soort().name().toLowerCase(java.util.Locale.ROOT))
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
