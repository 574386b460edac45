package nl.leernetwerk.account;

import java.time.Clock;
import java.util.List;
import nl.leernetwerk.account.domain.AuditRegel;
import nl.leernetwerk.account.domain.AuditRegelRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed what, and when: every access to participant data, role changes and
 * publications are written here. Append-only; a line is written in the caller's transaction, so
 * a change that rolls back leaves no line claiming it happened.
 */
@Service
public class AuditLog {

    /** A line of the log as others see it. */
    public record Regel(java.time.Instant tijdstip, String gebruiker, String actie, String onderwerp) {}

    private final AuditRegelRepository regels;
    private final SecurityContextHolderStrategy beveiliging;
    private final Clock klok = Clock.systemUTC();

    AuditLog(AuditRegelRepository regels, SecurityContextHolderStrategy beveiliging) {
        this.regels = regels;
        this.beveiliging = beveiliging;
    }

    /** @param onderwerp what was accessed, e.g. {@code deelnemer:12} */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(String actie, String onderwerp) {
        regels.save(new AuditRegel(klok.instant(), huidigeGebruiker(), actie, onderwerp));
    }

    public String huidigeGebruiker() {
        Authentication authenticatie = beveiliging.getContext().getAuthentication();
        return authenticatie == null ? "anoniem" : authenticatie.getName();
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<Regel> over(String onderwerp) {
        return regels.findByOnderwerpOrderByIdAsc(onderwerp).stream()
                .map(r -> new Regel(r.tijdstip(), r.gebruiker(), r.actie(), r.onderwerp())).toList();
    }
}
