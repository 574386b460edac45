package nl.leernetwerk.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything that happened to one participant across their enrolments (moves included), as far
 * as the reader trains the groups concerned.
 *
 * @param inschrijvingen every enrolment in order, with how it ended (still active, left, moved)
 */
public record Deelnemergeschiedenis(long deelnemerId, String naam, List<Inschrijving> inschrijvingen,
        List<Aanwezigheidsregel> aanwezigheid, List<Opvolgingsregel> opvolgingen) {

    /** One enrolment; {@code uitgeschrevenOp} is empty while active, {@code naarGroep} set after a move. */
    public record Inschrijving(long deelnemerId, long groepId, String groep, LocalDate uitgeschrevenOp,
            Uitschrijfreden reden, String naarGroep) {}

    public record Aanwezigheidsregel(LocalDate datum, String groep, AanwezigheidStatus status, AfwezigheidReden reden,
            String geregistreerdDoor) {}

    public record Opvolgingsregel(LocalDate datum, String groep, boolean contactGelegd, String uitkomst,
            String afgerondDoor, String geescaleerdDoor, Instant geescaleerdOp, String escalatieReden) {}
}
