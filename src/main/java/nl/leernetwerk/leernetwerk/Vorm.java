package nl.leernetwerk.leernetwerk;

/** How a network meets. */
public enum Vorm {
    ONLINE,
    FYSIEK
}
