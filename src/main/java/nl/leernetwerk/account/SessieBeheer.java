package nl.leernetwerk.account;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * The sessions of users, from Spring Security's registry: "logout everywhere" for a user, and
 * ending a user's sessions after their roles changed (so the new roles apply at once). An expired
 * session is logged out on its next request.
 */
@Service
public class SessieBeheer {

    private final SessionRegistry sessies;
    private final AuditLog auditLog;

    SessieBeheer(SessionRegistry sessies, AuditLog auditLog) {
        this.sessies = sessies;
        this.auditLog = auditLog;
    }

    /** Ends every session of the signed-in user, this one included; returns how many. */
    @Secured({Rol.Authority.BEHEERDER, Rol.Authority.REDACTEUR, Rol.Authority.TRAINER, Rol.Authority.LID})
    @org.springframework.transaction.annotation.Transactional
    public int uitloggenOveral() {
        String gebruiker = auditLog.huidigeGebruiker();
        int aantal = beeindig(gebruiker);
        auditLog.leg("overal uitgelogd (" + aantal + " sessies)", "gebruiker:" + gebruiker);
        return aantal;
    }

    /** The number of live sessions of a user. */
    public int aantalSessies(String gebruikersnaam) {
        return sessiesVan(gebruikersnaam).size();
    }

    int beeindig(String gebruikersnaam) {
        var lijst = sessiesVan(gebruikersnaam);
        lijst.forEach(SessionInformation::expireNow);
        return lijst.size();
    }

    private java.util.List<SessionInformation> sessiesVan(String gebruikersnaam) {
        return sessies.getAllPrincipals().stream()
                .filter(p -> gebruikersnaam.equalsIgnoreCase(naam(p)))
                .flatMap(p -> sessies.getAllSessions(p, false).stream())
                .toList();
    }

    private static String naam(Object principal) {
        return principal instanceof UserDetails details ? details.getUsername() : String.valueOf(principal);
    }
}
