package nl.leernetwerk.training;

/** How a participant prefers to be contacted. */
public enum Contactkanaal {
    TELEFOON, SMS, WHATSAPP, EMAIL, BRIEF
}
