package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in user as the leernetwerk needs it: name and whether they are on the redactie. */
@Component
class Gebruiker {

    private final SecurityContextHolderStrategy beveiliging;
    private final AuditLog auditLog;

    Gebruiker(SecurityContextHolderStrategy beveiliging, AuditLog auditLog) {
        this.beveiliging = beveiliging;
        this.auditLog = auditLog;
    }

    String naam() {
        return auditLog.huidigeGebruiker();
    }

    boolean isRedactie() {
        var authenticatie = beveiliging.getContext().getAuthentication();
        return authenticatie != null && authenticatie.getAuthorities().stream().anyMatch(a ->
                Rol.REDACTEUR.authority().equals(a.getAuthority()) || Rol.BEHEERDER.authority().equals(a.getAuthority()));
    }
}
