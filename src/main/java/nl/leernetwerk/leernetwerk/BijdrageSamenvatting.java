package nl.leernetwerk.leernetwerk;

import java.time.Instant;

/** A contribution in a list. */
public record BijdrageSamenvatting(long id, BijdrageType type, BijdrageStatus status, String titel, String auteur,
        Instant gewijzigdOp) {}
