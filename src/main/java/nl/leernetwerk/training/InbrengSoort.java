package nl.leernetwerk.training;

/** What was captured during a session: an answer or a tip from the group, or a leerpunt. */
public enum InbrengSoort {
    ANTWOORD, TIP, LEERPUNT
}
