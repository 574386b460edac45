package nl.leernetwerk.kennisbank;

/** A record as lists, links and search hits show it. */
public record KennisrecordSamenvatting(
        String slug, KennisType type, String titel, String samenvatting, Bewijsniveau bewijsniveau) {}
