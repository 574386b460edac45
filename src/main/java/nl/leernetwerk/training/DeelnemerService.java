package nl.leernetwerk.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import nl.leernetwerk.training.domain.OpvolgingRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's way through the groups: leave, move to another group (the attendance stays with
 * the old group's bijeenkomsten), and the history of it all. For the groups' trainers; audited.
 */
@Service
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class DeelnemerService {

    private final DeelnemerRepository deelnemers;
    private final GroepRepository groepen;
    private final AanwezigheidRepository aanwezigheden;
    private final OpvolgingRepository opvolgingen;
    private final GroepToegang toegang;
    private final AuditLog auditLog;

    DeelnemerService(DeelnemerRepository deelnemers, GroepRepository groepen, AanwezigheidRepository aanwezigheden,
            OpvolgingRepository opvolgingen, GroepToegang toegang, AuditLog auditLog) {
        this.deelnemers = deelnemers;
        this.groepen = groepen;
        this.aanwezigheden = aanwezigheden;
        this.opvolgingen = opvolgingen;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    /** Ends the enrolment on {@code op} with a coarse reason; the participant's history stays. */
    @Transactional
    public void schrijfUit(long deelnemerId, LocalDate op, Uitschrijfreden reden) {
        if (reden == Uitschrijfreden.VERPLAATST) {
            throw new IllegalArgumentException("verplaatsen gaat via verplaats()");
        }
        Deelnemer deelnemer = deelnemers.findById(deelnemerId).orElseThrow();
        toegang.controleer(deelnemer.groep());
        deelnemer.schrijfUit(op, reden);
        auditLog.leg("deelnemer uitgeschreven (" + reden.name().toLowerCase(java.util.Locale.ROOT) + ")",
                "deelnemer:" + deelnemerId);
    }

    /**
     * Moves the participant on {@code op} to another group the current user also trains (or any
     * group for a beheerder): the old enrolment ends, a new one starts; returns its id.
     */
    @Transactional
    public long verplaats(long deelnemerId, long naarGroepId, LocalDate op) {
        Deelnemer deelnemer = deelnemers.findById(deelnemerId).orElseThrow();
        toegang.controleer(deelnemer.groep());
        Groep naar = groepen.findById(naarGroepId).orElseThrow();
        toegang.controleer(naar);
        if (naar.status() == GroepStatus.AFGEROND) {
            throw new IllegalStateException("groep is afgerond");
        }
        long nieuw = deelnemers.save(deelnemer.verplaatsNaar(naar, op)).id().orElseThrow();
        auditLog.leg("deelnemer verplaatst naar groep:" + naarGroepId, "deelnemer:" + deelnemerId);
        auditLog.leg("deelnemer ingeschreven (verplaatst van deelnemer:" + deelnemerId + ")", "deelnemer:" + nieuw);
        return nieuw;
    }

    /**
     * All enrolments of this participant (following moves both ways), with attendance and
     * follow-ups of the groups the reader may see. Refused unless the reader may see this
     * enrolment's group; the read is audited.
     */
    @Transactional
    public Optional<Deelnemergeschiedenis> geschiedenis(long deelnemerId) {
        return deelnemers.findById(deelnemerId).map(deelnemer -> {
            toegang.controleer(deelnemer.groep());
            List<Deelnemer> keten = keten(deelnemer);
            List<Deelnemergeschiedenis.Inschrijving> inschrijvingen = new ArrayList<>();
            List<Deelnemergeschiedenis.Aanwezigheidsregel> aanwezigheid = new ArrayList<>();
            List<Deelnemergeschiedenis.Opvolgingsregel> opvolging = new ArrayList<>();
            for (Deelnemer d : keten) {
                Groep groep = d.groep();
                inschrijvingen.add(new Deelnemergeschiedenis.Inschrijving(d.id().orElseThrow(), groep.id().orElseThrow(),
                        groep.naam(), d.uitgeschrevenOp(), d.uitschrijfreden(),
                        d.verplaatstNaar() == null ? null : d.verplaatstNaar().groep().naam()));
                if (!toegang.magBij(groep)) {
                    continue;
                }
                auditLog.leg("geschiedenis gelezen", "deelnemer:" + d.id().orElseThrow());
                for (Aanwezigheid a : aanwezigheden.findByDeelnemerOrderById(d)) {
                    aanwezigheid.add(new Deelnemergeschiedenis.Aanwezigheidsregel(a.bijeenkomstDatum(), groep.naam(),
                            a.status(), a.reden(), a.geregistreerdDoor()));
                    opvolgingen.findByAanwezigheid(a).ifPresent(o -> opvolging.add(new Deelnemergeschiedenis.Opvolgingsregel(
                            a.bijeenkomstDatum(), groep.naam(), o.contactGelegd(), o.uitkomst(), o.afgerondDoor(),
                            o.geescaleerdDoor(), o.geescaleerdOp(), o.escalatieReden())));
                }
            }
            aanwezigheid.sort(Comparator.comparing(Deelnemergeschiedenis.Aanwezigheidsregel::datum));
            opvolging.sort(Comparator.comparing(Deelnemergeschiedenis.Opvolgingsregel::datum));
            return new Deelnemergeschiedenis(deelnemerId, deelnemer.naam(), inschrijvingen, aanwezigheid, opvolging);
        });
    }

    /** The enrolments linked by moves, first to last. */
    static List<Deelnemer> keten(Deelnemer deelnemer, DeelnemerRepository deelnemers) {
        LinkedList<Deelnemer> keten = new LinkedList<>();
        for (Deelnemer d = deelnemer; d != null; d = deelnemers.findByVerplaatstNaar(d).orElse(null)) {
            keten.addFirst(d);
        }
        for (Deelnemer d = deelnemer.verplaatstNaar(); d != null; d = d.verplaatstNaar()) {
            keten.addLast(d);
        }
        return keten;
    }

    private List<Deelnemer> keten(Deelnemer deelnemer) {
        return keten(deelnemer, deelnemers);
    }
}
