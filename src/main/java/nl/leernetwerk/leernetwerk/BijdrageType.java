package nl.leernetwerk.leernetwerk;

/** What a member brings in: a praktijkvoorbeeld (reviewed, then published to the kennisbank) or a lighter type. */
public enum BijdrageType {
    PRAKTIJKVOORBEELD,
    TIP,
    VRAAG,
    ONDERZOEKSINBRENG;

    /** Lighter types are shared with the network members directly, without review. */
    public boolean isLicht() {
        return this != PRAKTIJKVOORBEELD;
    }
}
