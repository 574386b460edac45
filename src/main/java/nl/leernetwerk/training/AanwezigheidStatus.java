package nl.leernetwerk.training;

/** Attendance of a participant at a bijeenkomst. */
public enum AanwezigheidStatus {
    AANWEZIG, TE_LAAT, AFWEZIG_MET_BERICHT, AFWEZIG_ZONDER_BERICHT, VRIJGESTELD
}
