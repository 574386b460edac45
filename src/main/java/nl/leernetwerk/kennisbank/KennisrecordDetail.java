package nl.leernetwerk.kennisbank;

import java.util.List;
import java.util.Map;

/**
 * A record with every link in both directions, grouped by the type of the other record.
 *
 * @param verwijstNaar the records this one names (a case's werkzame elementen, ...)
 * @param verwezenDoor the records that name this one (an element's cases, a source's users, ...)
 */
public record KennisrecordDetail(
        KennisrecordGegevens gegevens,
        Map<KennisType, List<KennisrecordSamenvatting>> verwijstNaar,
        Map<KennisType, List<KennisrecordSamenvatting>> verwezenDoor,
        List<Bronvermelding> bronnen) {

    /** A source with where in it the facts are. */
    public record Bronvermelding(KennisrecordSamenvatting bron, String plaats) {}
}
