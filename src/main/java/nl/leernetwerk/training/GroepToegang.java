package nl.leernetwerk.training;

import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Groep;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Participant data is for the trainers of the group and for beheerders only. */
@Component
class GroepToegang {

    private final SecurityContextHolderStrategy beveiliging;
    private final AuditLog auditLog;

    GroepToegang(SecurityContextHolderStrategy beveiliging, AuditLog auditLog) {
        this.beveiliging = beveiliging;
        this.auditLog = auditLog;
    }

    boolean isBeheerder() {
        var authenticatie = beveiliging.getContext().getAuthentication();
        return authenticatie != null && authenticatie.getAuthorities().stream()
                .anyMatch(a -> Rol.BEHEERDER.authority().equals(a.getAuthority()));
    }

    String gebruiker() {
        return auditLog.huidigeGebruiker();
    }

    /** Whether the current user trains this group (as one of its trainers) or is a beheerder. */
    boolean magBij(Groep groep) {
        return isBeheerder() || groep.heeftTrainer(gebruiker());
    }

    /** Refuses unless the current user trains this group (any of its trainers) or is a beheerder. */
    void controleer(Groep groep) {
        if (!magBij(groep)) {
            throw new AccessDeniedException("geen trainer van groep " + groep.id().orElse(null));
        }
    }
}
