package nl.leernetwerk.training;

/** Why a participant left a group, coarse only; {@link #VERPLAATST} is set by a move, not chosen. */
public enum Uitschrijfreden {
    WERK, OPLEIDING, ZORG, VERHUISD, EIGEN_KEUZE, VERPLAATST, ANDERS
}
