package nl.leernetwerk.training;

import java.time.Instant;
import java.util.List;

/** The attendance of every participant who was in the group on the day of one bijeenkomst. */
public record Aanwezigheidslijst(BijeenkomstSamenvatting bijeenkomst, List<Regel> regels) {

    /**
     * One participant; status, reason and who/when are empty until registered.
     *
     * @param versie the version of the registration as read, {@code null} when there is none; a
     *     change is only saved when nobody changed it in between
     */
    public record Regel(long deelnemerId, String naam, AanwezigheidStatus status, AfwezigheidReden reden,
            String geregistreerdDoor, Instant geregistreerdOp, Long versie) {}
}
