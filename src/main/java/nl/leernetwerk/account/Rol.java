package nl.leernetwerk.account;

/** The roles of Leernetwerk. {@link Naam} holds the same names as constants for {@code @RolesAllowed}. */
public enum Rol {
    BEHEERDER,
    REDACTEUR,
    TRAINER,
    LID;

    /** Role names as compile-time constants, for security annotations. */
    public static final class Naam {
        public static final String BEHEERDER = "BEHEERDER";
        public static final String REDACTEUR = "REDACTEUR";
        public static final String TRAINER = "TRAINER";
        public static final String LID = "LID";

        private Naam() {}
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
