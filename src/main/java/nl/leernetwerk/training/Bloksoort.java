package nl.leernetwerk.training;

/** The kinds of block in a sessieplan. */
public enum Bloksoort {
    KENNISMAKING, AFSPRAKEN, OPDRACHT, PAUZE, AFSLUITING, VRIJ
}
