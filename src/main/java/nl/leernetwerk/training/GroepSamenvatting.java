package nl.leernetwerk.training;

import java.time.LocalDate;

/** A group as lists show it. */
public record GroepSamenvatting(long id, String naam, String trainingSlug, Variant variant, LocalDate startdatum,
        GroepStatus status, long aantalDeelnemers, int minimum) {}
