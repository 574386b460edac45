package nl.leernetwerk.leernetwerk;

/** What can be followed. */
public enum Volgsoort {
    RECORD,
    THEMA,
    WERKZAAM_ELEMENT
}
