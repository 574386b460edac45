package nl.leernetwerk.account;

/**
 * The roles of Leernetwerk. {@link Naam} holds the names for {@code @RolesAllowed} on views,
 * {@link Authority} the authorities for {@code @Secured} on services.
 */
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

    /** Spring Security authorities as constants, for {@code @Secured} on services. */
    public static final class Authority {
        public static final String BEHEERDER = "ROLE_BEHEERDER";
        public static final String REDACTEUR = "ROLE_REDACTEUR";
        public static final String TRAINER = "ROLE_TRAINER";
        public static final String LID = "ROLE_LID";

        private Authority() {}
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
