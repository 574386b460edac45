package nl.leernetwerk.training;

import java.time.Instant;
import java.util.List;

/** The attendance of every participant of the group at one bijeenkomst. */
public record Aanwezigheidslijst(BijeenkomstSamenvatting bijeenkomst, List<Regel> regels) {

    /** One participant; status, reason and who/when are empty until registered. */
    public record Regel(long deelnemerId, String naam, AanwezigheidStatus status, AfwezigheidReden reden,
            String geregistreerdDoor, Instant geregistreerdOp) {}
}
