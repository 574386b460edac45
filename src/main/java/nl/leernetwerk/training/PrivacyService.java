package nl.leernetwerk.training;

import java.util.List;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.OpvolgingRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participant's AVG rights, exercised by a beheerder: inzage (everything we keep) and vergetelheid (erase). */
@Service
@Secured(Rol.Authority.BEHEERDER)
public class PrivacyService {

    private final DeelnemerRepository deelnemers;
    private final AanwezigheidRepository aanwezigheden;
    private final OpvolgingRepository opvolgingen;
    private final AuditLog auditLog;

    PrivacyService(DeelnemerRepository deelnemers, AanwezigheidRepository aanwezigheden,
            OpvolgingRepository opvolgingen, AuditLog auditLog) {
        this.deelnemers = deelnemers;
        this.aanwezigheden = aanwezigheden;
        this.opvolgingen = opvolgingen;
        this.auditLog = auditLog;
    }

    /** Everything kept about one participant (all their enrolments), as plain text for the participant to read. */
    @Transactional
    public String inzage(long deelnemerId) {
        StringBuilder uit = new StringBuilder();
        for (Deelnemer d : DeelnemerService.keten(deelnemers.findById(deelnemerId).orElseThrow(), deelnemers)) {
            inzage(d, uit);
        }
        auditLog.leg("inzage verstrekt", "deelnemer:" + deelnemerId);
        return uit.toString();
    }

    private void inzage(Deelnemer d, StringBuilder uit) {
        uit.append("naam: ").append(d.naam()).append('\n')
                .append("groep: ").append(d.groep().naam()).append('\n')
                .append("contactkanaal: ").append(d.contactkanaal().name().toLowerCase(java.util.Locale.ROOT)).append('\n')
                .append("verwezen op: ").append(d.verwezenOp() == null ? "" : d.verwezenOp()).append('\n')
                .append("trede bij de start: ").append(d.tredeStart() == null ? "" : d.tredeStart()).append('\n')
                .append(d.uitgeschrevenOp() == null ? "" : "uitgeschreven op: " + d.uitgeschrevenOp() + " ("
                        + d.uitschrijfreden().name().toLowerCase(java.util.Locale.ROOT) + ")\n")
                .append("aanwezigheid:\n");
        List<Aanwezigheid> lijst = aanwezigheden.findByDeelnemerOrderById(d);
        for (Aanwezigheid a : lijst) {
            uit.append("  ").append(a.bijeenkomstDatum()).append(": ").append(a.status().name().toLowerCase(java.util.Locale.ROOT))
                    .append(a.reden() == null ? "" : " (" + a.reden().name().toLowerCase(java.util.Locale.ROOT) + ")")
                    .append(", ingevuld door ").append(a.geregistreerdDoor()).append('\n');
            opvolgingen.findByAanwezigheid(a).ifPresent(o -> uit.append("    opvolging: contact ")
                    .append(o.contactGelegd() ? "ja" : "nee")
                    .append(o.waarom() == null ? "" : "; waarom: " + o.waarom())
                    .append(o.oplossing() == null ? "" : "; oplossing: " + o.oplossing())
                    .append(o.uitkomst() == null ? "" : "; uitkomst: " + o.uitkomst())
                    .append(o.isGeescaleerd() ? "; geëscaleerd naar handhaving op " + o.geescaleerdOp() + " door "
                            + o.geescaleerdDoor() + (o.escalatieReden() == null ? "" : ": " + o.escalatieReden()) : "")
                    .append('\n'));
        }
    }

    /**
     * Erases the participant (every enrolment, also in groups they moved from or to) with their
     * attendance and follow-ups; the audit log keeps only that it happened.
     */
    @Transactional
    public void vergeet(long deelnemerId) {
        for (Deelnemer d : DeelnemerService.keten(deelnemers.findById(deelnemerId).orElseThrow(), deelnemers)) {
            deelnemers.delete(d);
            deelnemers.flush();
            auditLog.leg("deelnemer vergeten", "deelnemer:" + d.id().orElseThrow());
        }
    }
}
