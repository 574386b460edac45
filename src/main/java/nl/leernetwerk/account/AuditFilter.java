package nl.leernetwerk.account;

import java.time.LocalDate;

/**
 * A selection of the audit log; every part is optional (null or blank: no restriction).
 *
 * @param gebruiker part of the user name
 * @param actie part of the action
 * @param van first day (inclusive, Dutch time)
 * @param tot last day (inclusive, Dutch time)
 * @param onderwerp part of the subject, e.g. {@code deelnemer:12}
 */
public record AuditFilter(String gebruiker, String actie, LocalDate van, LocalDate tot, String onderwerp) {

    public static final AuditFilter ALLES = new AuditFilter(null, null, null, null, null);
}
