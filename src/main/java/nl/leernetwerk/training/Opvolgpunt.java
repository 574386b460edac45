package nl.leernetwerk.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open follow-up of an absence without notice, as the trainer's list shows it; the escalation
 * fields are empty unless it was escalated to handhaving. {@code versie} is what the list read.
 */
public record Opvolgpunt(long id, String deelnemer, String groep, long groepId, LocalDate datum,
        boolean contactGelegd, String waarom, String oplossing, String uitkomst, String geescaleerdDoor,
        Instant geescaleerdOp, String escalatieReden, long versie) {}
