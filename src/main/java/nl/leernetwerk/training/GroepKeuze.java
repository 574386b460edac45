package nl.leernetwerk.training;

import nl.leernetwerk.training.domain.Groep;

/** A group to pick in a form. */
public record GroepKeuze(long id, String naam, String trainingSlug) {

    static GroepKeuze van(Groep groep) {
        return new GroepKeuze(groep.id().orElseThrow(), groep.naam(), groep.trainingSlug());
    }
}
