package nl.leernetwerk.training;

import java.util.List;
import java.util.Map;

/**
 * The attendance matrix of a group: participants against bijeenkomsten.
 *
 * @param rijen per participant the status per bijeenkomst id, the attendance rate and whether it
 *     fell below the threshold (only judged after enough registered bijeenkomsten)
 */
public record Aanwezigheidsoverzicht(List<BijeenkomstSamenvatting> bijeenkomsten, List<Rij> rijen) {

    /** One participant; {@code uitgeschrevenOp} is set when they left or moved (no warning then). */
    public record Rij(long deelnemerId, String naam, Map<Long, AanwezigheidStatus> statussen, Double percentage,
            boolean waarschuwing, java.time.LocalDate uitgeschrevenOp) {}
}
