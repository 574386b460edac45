package nl.leernetwerk.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.Opvolging;
import nl.leernetwerk.training.domain.OpvolgingRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Absence without notice starts a conversation: a follow-up for the group's trainers. Nothing
 * here sanctions by itself; escalation to handhaving is a separate, explicit step by a trainer,
 * with a written reason, recorded (who, when) and audited.
 */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class OpvolgingService {

    private final OpvolgingRepository opvolgingen;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    OpvolgingService(OpvolgingRepository opvolgingen, GroepToegang toegang, AuditLog auditLog) {
        this.opvolgingen = opvolgingen;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    /** Called when attendance is registered: opens a follow-up for an absence without notice, drops an untouched one otherwise. */
    void naRegistratie(Aanwezigheid aanwezigheid) {
        var bestaand = opvolgingen.findByAanwezigheid(aanwezigheid);
        if (aanwezigheid.status() == AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT) {
            if (bestaand.isEmpty()) {
                opvolgingen.save(new Opvolging(aanwezigheid));
            }
        } else {
            bestaand.filter(o -> !o.isAfgerond() && o.isLeeg()).ifPresent(opvolgingen::delete);
        }
    }

    @Transactional
    public List<Opvolgpunt> open() {
        List<Opvolgpunt> punten = opvolgingen.openVoor(toegang.gebruiker(), toegang.isBeheerder()).stream()
                .map(OpvolgingService::punt).toList();
        punten.forEach(p -> auditLog.leg("opvolging gelezen", "opvolging:" + p.id()));
        return punten;
    }

    /** How many follow-ups are open: a count reads no participant's data, so it is not audited. */
    public long aantalOpen() {
        return opvolgingen.aantalOpenVoor(toegang.gebruiker(), toegang.isBeheerder());
    }

    /**
     * Saves what the trainer noted; with {@code afronden} the follow-up is closed (an outcome is
     * required). {@code versie} is what the trainer's screen read: when a co-trainer saved, closed or
     * dropped it since, nothing is overwritten and the conflict is reported.
     *
     * @return the new version, for the next save from the same screen
     */
    @Transactional
    public long bewaar(long id, long versie, boolean contactGelegd, String waarom, String oplossing, String uitkomst,
            boolean afronden) {
        Opvolging opvolging = opvolgingen.findById(id)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Opvolging.class, id));
        toegang.controleer(opvolging.aanwezigheid().deelnemer().groep());
        if (opvolging.version() != versie || opvolging.isAfgerond()) {
            throw new ObjectOptimisticLockingFailureException(Opvolging.class, id);
        }
        opvolging.legVast(contactGelegd, kort(waarom), kort(oplossing), kort(uitkomst));
        if (afronden) {
            opvolging.rondAf(toegang.gebruiker(), klok.instant());
        }
        auditLog.leg(afronden ? "opvolging afgerond" : "opvolging bijgewerkt", "opvolging:" + id);
        return opvolgingen.saveAndFlush(opvolging).version();
    }

    /** Escalates the follow-up to handhaving; the written reason is required, and it happens once. */
    @Transactional
    public void escaleer(long id, @NotBlank @Size(max = Opvolging.TEKST_MAX) String reden) {
        Opvolging opvolging = opvolgingen.findById(id).orElseThrow();
        toegang.controleer(opvolging.aanwezigheid().deelnemer().groep());
        opvolging.escaleer(reden.strip(), toegang.gebruiker(), klok.instant());
        auditLog.leg("opvolging geëscaleerd naar handhaving", "opvolging:" + id);
        auditLog.leg("geëscaleerd naar handhaving", "deelnemer:" + opvolging.aanwezigheid().deelnemer().id().orElseThrow());
    }

    private static String kort(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String schoon = tekst.strip();
        return schoon.length() > Opvolging.TEKST_MAX ? schoon.substring(0, Opvolging.TEKST_MAX) : schoon;
    }

    private static Opvolgpunt punt(Opvolging o) {
        var a = o.aanwezigheid();
        var d = a.deelnemer();
        return new Opvolgpunt(o.id().orElseThrow(), d.naam(), d.groep().naam(), d.groep().id().orElseThrow(),
                a.bijeenkomstDatum(), o.contactGelegd(), o.waarom(), o.oplossing(), o.uitkomst(), o.geescaleerdDoor(),
                o.geescaleerdOp(), o.escalatieReden(), o.version());
    }
}
