package nl.leernetwerk.account;

import java.util.Set;

/** A user as the Beheer views show it. */
public record GebruikerSummary(long id, String gebruikersnaam, String naam, Set<Rol> rollen, boolean actief) {}
