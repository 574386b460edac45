package nl.leernetwerk.kennisbank;

import java.util.List;

/**
 * A record was published, changed or restored (by import or in the app), for whoever follows it.
 *
 * @param werkzameElementen slugs of the linked records (a case's werkzame elementen, ...) and, for a werkzaam element, its own
 * @param klein a small change the editor chose not to announce
 * @param door user name of who made the change
 */
public record KennisrecordGewijzigd(String slug, String titel, KennisType type, List<String> themas,
        List<String> werkzameElementen, boolean nieuw, boolean klein, String door) {

    public static KennisrecordGewijzigd van(KennisrecordGegevens g, boolean nieuw, boolean klein, String door) {
        List<String> elementen = g.type() == KennisType.WERKZAAM_ELEMENT
                ? java.util.stream.Stream.concat(g.verwijzingen().stream(), java.util.stream.Stream.of(g.slug())).toList()
                : g.verwijzingen();
        return new KennisrecordGewijzigd(g.slug(), g.titel(), g.type(), g.themas(), elementen, nieuw, klein, door);
    }
}
