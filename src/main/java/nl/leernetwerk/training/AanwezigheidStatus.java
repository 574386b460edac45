package nl.leernetwerk.training;

/** Attendance of a participant at a bijeenkomst. */
public enum AanwezigheidStatus {
    AANWEZIG, TE_LAAT, AFWEZIG_MET_BERICHT, AFWEZIG_ZONDER_BERICHT, VRIJGESTELD;

    /** Absent (with or without notice): only then does a reason belong to it. */
    public boolean isAfwezig() {
        return this == AFWEZIG_MET_BERICHT || this == AFWEZIG_ZONDER_BERICHT;
    }
}
