package nl.leernetwerk.training;

import java.util.List;
import nl.leernetwerk.training.domain.Deelnemer;

/** A participant to pick in a form: id and name only. */
public record DeelnemerKeuze(long id, String naam) {

    static List<DeelnemerKeuze> van(List<Deelnemer> deelnemers) {
        return deelnemers.stream().map(d -> new DeelnemerKeuze(d.id().orElseThrow(), d.naam())).toList();
    }
}
