package nl.leernetwerk.training;

import java.time.LocalDate;

/** An open follow-up of an absence without notice, as the trainer's list shows it. */
public record Opvolgpunt(long id, String deelnemer, String groep, long groepId, LocalDate datum,
        boolean contactGelegd, String waarom, String oplossing, String uitkomst) {}
