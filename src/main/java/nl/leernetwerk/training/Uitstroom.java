package nl.leernetwerk.training;

/**
 * Where a participant went after the group, after the categories the projects in seed 003 count
 * (Bijlage 2): a higher trede, paid or subsidised work, volunteering, education, an individual or
 * care trajectory, no benefit any more for another reason, drop-out, other.
 */
public enum Uitstroom {
    HOGERE_TREDE, BETAALD_WERK, GESUBSIDIEERD_WERK, VRIJWILLIGERSWERK, OPLEIDING, INDIVIDUEEL_TRAJECT,
    ZORGTRAJECT, GEEN_UITKERING, UITVAL, OVERIG
}
