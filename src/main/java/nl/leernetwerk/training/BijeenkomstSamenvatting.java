package nl.leernetwerk.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A bijeenkomst as lists show it. */
public record BijeenkomstSamenvatting(long id, long groepId, String groepNaam, LocalDate datum, LocalTime begintijd,
        LocalTime eindtijd, String plaats) {}
