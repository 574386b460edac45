package nl.leernetwerk.training;

/** Coarse reasons for absence only: no medical or other detail is kept. */
public enum AfwezigheidReden {
    ZIEK, ZORG, WERK, VERVOER, AFSPRAAK, ANDERS
}
