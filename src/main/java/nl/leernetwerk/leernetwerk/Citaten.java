package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGewijzigd;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.leernetwerk.domain.Leerpunt;
import nl.leernetwerk.leernetwerk.domain.LeerpuntRepository;
import nl.leernetwerk.leernetwerk.domain.Netwerk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's name stands with their quote in a published leerpunt only while they consent. When
 * the consent goes (withdrawn, or the member left the network), and whenever the record changes
 * afterwards (a redacteur restoring an older revision, or typing the name back), the line naming
 * them becomes "een deelnemer" in a new revision, in the same transaction.
 */
@Component
class Citaten {

    private final LeerpuntRepository leerpunten;
    private final RedactieService redactie;
    private final AuditLog auditLog;

    Citaten(LeerpuntRepository leerpunten, RedactieService redactie, AuditLog auditLog) {
        this.leerpunten = leerpunten;
        this.redactie = redactie;
        this.auditLog = auditLog;
    }

    /** The line under a quote in a published leerpunt that says whose it is. */
    static String regel(String van) {
        return "> — " + van;
    }

    static String anoniem() {
        return regel(Teksten.nl("leernetwerk.leerpunt.anoniem"));
    }

    /** The member no longer consents: out of every published leerpunt of the network that quotes them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void zonderToestemming(Netwerk netwerk, String naam) {
        leerpunten.gepubliceerdMetCitaatVan(netwerk, naam).forEach(l -> anonimiseer(l, naam));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void kennisrecordGewijzigd(KennisrecordGewijzigd wijziging) {
        if (wijziging.type() != KennisType.LEERPUNT || wijziging.nieuw()) {
            return;
        }
        leerpunten.findFirstByKennisrecordSlug(wijziging.slug())
                .filter(l -> l.citaatVan() != null && l.bijeenkomst().netwerk().lid(l.citaatVan())
                        .flatMap(Netwerk.Lidmaatschap::toestemmingOp).isEmpty())
                .ifPresent(l -> anonimiseer(l, l.citaatVan()));
    }

    private void anonimiseer(Leerpunt leerpunt, String naam) {
        if (redactie.vervangRegel(leerpunt.kennisrecordSlug(), regel(naam), anoniem(),
                Teksten.nl("ln2.leerpunt.revisie.ingetrokken"), naam)) {
            auditLog.leg("citaat geanonimiseerd", "leerpunt:" + leerpunt.id().orElseThrow() + " als kennisrecord:"
                    + leerpunt.kennisrecordSlug());
        }
    }
}
