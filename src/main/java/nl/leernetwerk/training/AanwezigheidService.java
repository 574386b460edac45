package nl.leernetwerk.training;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendance per bijeenkomst: read and register, by the group's trainers; every read and change is audited. */
@Service
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class AanwezigheidService {

    private final BijeenkomstRepository bijeenkomsten;
    private final DeelnemerRepository deelnemers;
    private final AanwezigheidRepository aanwezigheden;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    AanwezigheidService(BijeenkomstRepository bijeenkomsten, DeelnemerRepository deelnemers,
            AanwezigheidRepository aanwezigheden, GroepToegang toegang, AuditLog auditLog) {
        this.bijeenkomsten = bijeenkomsten;
        this.deelnemers = deelnemers;
        this.aanwezigheden = aanwezigheden;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<Aanwezigheidslijst> lijst(long bijeenkomstId) {
        return bijeenkomsten.findById(bijeenkomstId).map(bijeenkomst -> {
            toegang.controleer(bijeenkomst.groep());
            auditLog.leg("aanwezigheid gelezen", "bijeenkomst:" + bijeenkomstId);
            Map<Long, Aanwezigheid> geregistreerd = aanwezigheden.findByBijeenkomst(bijeenkomst).stream()
                    .collect(Collectors.toMap(a -> a.deelnemer().id().orElseThrow(), Function.identity()));
            List<Aanwezigheidslijst.Regel> regels = deelnemers.findByGroepOrderByNaam(bijeenkomst.groep()).stream()
                    .map(d -> regel(d, geregistreerd.get(d.id().orElseThrow()))).toList();
            return new Aanwezigheidslijst(GroepService.samenvatting(bijeenkomst), regels);
        });
    }

    /** Records (or corrects) one participant's attendance; who and when are kept, the change is audited. */
    @Transactional
    public Aanwezigheidslijst.Regel registreer(long bijeenkomstId, long deelnemerId, AanwezigheidStatus status,
            AfwezigheidReden reden) {
        Bijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        toegang.controleer(bijeenkomst.groep());
        Deelnemer deelnemer = deelnemers.findById(deelnemerId)
                .filter(d -> d.groep().equals(bijeenkomst.groep())).orElseThrow();
        Aanwezigheid aanwezigheid = aanwezigheden.findByBijeenkomstAndDeelnemer(bijeenkomst, deelnemer)
                .orElseGet(() -> new Aanwezigheid(bijeenkomst, deelnemer));
        aanwezigheid.registreer(status, reden, toegang.gebruiker(), klok.instant());
        aanwezigheden.save(aanwezigheid);
        auditLog.leg("aanwezigheid " + status.name().toLowerCase(java.util.Locale.ROOT), "deelnemer:" + deelnemerId);
        return regel(deelnemer, aanwezigheid);
    }

    private static Aanwezigheidslijst.Regel regel(Deelnemer d, Aanwezigheid a) {
        return a == null ? new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), null, null, null, null)
                : new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), a.status(), a.reden(),
                        a.geregistreerdDoor(), a.geregistreerdOp());
    }
}
