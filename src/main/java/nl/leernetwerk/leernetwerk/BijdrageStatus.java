package nl.leernetwerk.leernetwerk;

/** concept → ingediend → in review → gepubliceerd, or teruggestuurd (with feedback) and ingediend again. */
public enum BijdrageStatus {
    CONCEPT,
    INGEDIEND,
    IN_REVIEW,
    TERUGGESTUURD,
    GEPUBLICEERD;

    /** The author may change it. */
    public boolean isBewerkbaar() {
        return this == CONCEPT || this == TERUGGESTUURD;
    }

    /** Waiting for a redacteur. */
    public boolean isInBehandeling() {
        return this == INGEDIEND || this == IN_REVIEW;
    }
}
