package nl.leernetwerk.account;

import java.util.Set;

/**
 * A user as the Beheer views show it.
 *
 * @param versie the version read, handed back on a change so that a concurrent change is noticed
 * @param email null when the user has none
 * @param emailMeldingen whether notifications also go out by e-mail
 */
public record GebruikerSummary(long id, String gebruikersnaam, String naam, Set<Rol> rollen, boolean actief, long versie,
        String email, boolean emailMeldingen) {}
