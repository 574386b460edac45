package nl.leernetwerk.training;

/** The two variants of a group; anderstaligen groups get the simplified instructions. */
public enum Variant {
    REGULIER, ANDERSTALIGEN
}
