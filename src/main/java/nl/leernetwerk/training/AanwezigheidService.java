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
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    private final GroepRepository groepen;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final OpvolgingService opvolging;
    private final Clock klok = Clock.systemUTC();
    private final double drempel;
    private final int naBijeenkomsten;

    AanwezigheidService(BijeenkomstRepository bijeenkomsten, DeelnemerRepository deelnemers,
            AanwezigheidRepository aanwezigheden, GroepRepository groepen, GroepToegang toegang, AuditLog auditLog,
            OpvolgingService opvolging, @Value("${leernetwerk.aanwezigheid.drempel}") double drempel,
            @Value("${leernetwerk.aanwezigheid.na-bijeenkomsten}") int naBijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
        this.deelnemers = deelnemers;
        this.aanwezigheden = aanwezigheden;
        this.groepen = groepen;
        this.toegang = toegang;
        this.auditLog = auditLog;
        this.opvolging = opvolging;
        this.drempel = drempel;
        this.naBijeenkomsten = naBijeenkomsten;
    }

    /**
     * The matrix of a group. The rate counts aanwezig and te laat against all registered
     * bijeenkomsten except vrijgesteld; a warning only after {@code na-bijeenkomsten} of those.
     */
    @Transactional
    public Aanwezigheidsoverzicht overzicht(long groepId) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        auditLog.leg("aanwezigheid gelezen", "groep:" + groepId);
        List<Bijeenkomst> lijst = bijeenkomsten.findByGroepOrderByDatumAscBegintijdAsc(groep);
        Map<Long, Map<Long, AanwezigheidStatus>> perDeelnemer = new java.util.HashMap<>();
        aanwezigheden.findByBijeenkomstGroep(groep).forEach(a -> perDeelnemer
                .computeIfAbsent(a.deelnemer().id().orElseThrow(), k -> new java.util.HashMap<>())
                .put(a.bijeenkomstId(), a.status()));
        List<Aanwezigheidsoverzicht.Rij> rijen = deelnemers.findByGroepOrderByNaam(groep).stream().map(d -> {
            Map<Long, AanwezigheidStatus> statussen = perDeelnemer.getOrDefault(d.id().orElseThrow(), Map.of());
            long geteld = statussen.values().stream().filter(s -> s != AanwezigheidStatus.VRIJGESTELD).count();
            long aanwezig = statussen.values().stream()
                    .filter(s -> s == AanwezigheidStatus.AANWEZIG || s == AanwezigheidStatus.TE_LAAT).count();
            Double percentage = geteld == 0 ? null : 100.0 * aanwezig / geteld;
            boolean waarschuwing = d.isActief() && geteld >= naBijeenkomsten && aanwezig < drempel * geteld;
            return new Aanwezigheidsoverzicht.Rij(d.id().orElseThrow(), d.naam(), statussen, percentage, waarschuwing,
                    d.uitgeschrevenOp());
        }).toList();
        return new Aanwezigheidsoverzicht(lijst.stream().map(GroepService::samenvatting).toList(), rijen);
    }

    @Transactional
    public Optional<Aanwezigheidslijst> lijst(long bijeenkomstId) {
        return bijeenkomsten.findById(bijeenkomstId).map(bijeenkomst -> {
            toegang.controleer(bijeenkomst.groep());
            auditLog.leg("aanwezigheid gelezen", "bijeenkomst:" + bijeenkomstId);
            Map<Long, Aanwezigheid> geregistreerd = aanwezigheden.findByBijeenkomst(bijeenkomst).stream()
                    .collect(Collectors.toMap(a -> a.deelnemer().id().orElseThrow(), Function.identity()));
            List<Aanwezigheidslijst.Regel> regels = deelnemers.findByGroepOrderByNaam(bijeenkomst.groep()).stream()
                    .filter(d -> d.wasLidOp(bijeenkomst.datum()))
                    .map(d -> regel(d, geregistreerd.get(d.id().orElseThrow()))).toList();
            return new Aanwezigheidslijst(GroepService.samenvatting(bijeenkomst), regels);
        });
    }

    /** Records (or corrects) one participant's attendance, whatever was there; who and when are kept, audited. */
    @Transactional
    public Aanwezigheidslijst.Regel registreer(long bijeenkomstId, long deelnemerId, AanwezigheidStatus status,
            AfwezigheidReden reden) {
        Bijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        return registreer(bijeenkomst, deelnemer(bijeenkomst, deelnemerId), status, reden, false, null);
    }

    /**
     * Records (or corrects) one participant's attendance as the trainer saw it: when someone else
     * registered or changed it since ({@code gezien} is the {@link Aanwezigheidslijst.Regel#versie()}
     * read), nothing is saved and an {@link ObjectOptimisticLockingFailureException} says so.
     */
    @Transactional
    public Aanwezigheidslijst.Regel registreer(long bijeenkomstId, long deelnemerId, AanwezigheidStatus status,
            AfwezigheidReden reden, Long gezien) {
        Bijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        return registreer(bijeenkomst, deelnemer(bijeenkomst, deelnemerId), status, reden, true, gezien);
    }

    /**
     * "Iedereen aanwezig": marks aanwezig whoever of {@code deelnemerIds} has no registration yet;
     * anyone registered in the meantime is left as it is. Returns how many were marked.
     */
    @Transactional
    public int restAanwezig(long bijeenkomstId, java.util.Collection<Long> deelnemerIds) {
        Bijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        int aantal = 0;
        for (long deelnemerId : deelnemerIds) {
            Deelnemer deelnemer = deelnemer(bijeenkomst, deelnemerId);
            if (aanwezigheden.findByBijeenkomstAndDeelnemer(bijeenkomst, deelnemer).isEmpty()) {
                registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AANWEZIG, null, false, null);
                aantal++;
            }
        }
        return aantal;
    }

    /** The participant, if they were in the bijeenkomst's group that day; checks access to the group. */
    private Deelnemer deelnemer(Bijeenkomst bijeenkomst, long deelnemerId) {
        toegang.controleer(bijeenkomst.groep());
        Deelnemer deelnemer = deelnemers.findById(deelnemerId)
                .filter(d -> d.groep().equals(bijeenkomst.groep())).orElseThrow();
        if (!deelnemer.wasLidOp(bijeenkomst.datum())) {
            throw new IllegalStateException("deelnemer was op " + bijeenkomst.datum() + " niet meer in de groep");
        }
        return deelnemer;
    }

    /** @param gezien with {@code controleer}: the version the caller saw, {@code null} for no registration */
    private Aanwezigheidslijst.Regel registreer(Bijeenkomst bijeenkomst, Deelnemer deelnemer, AanwezigheidStatus status,
            AfwezigheidReden reden, boolean controleer, Long gezien) {
        Optional<Aanwezigheid> bestaand = aanwezigheden.findByBijeenkomstAndDeelnemer(bijeenkomst, deelnemer);
        if (controleer && !java.util.Objects.equals(gezien, bestaand.map(Aanwezigheid::version).orElse(null))) {
            throw new ObjectOptimisticLockingFailureException(Aanwezigheid.class, deelnemer.id().orElseThrow());
        }
        Aanwezigheid aanwezigheid = bestaand.orElseGet(() -> new Aanwezigheid(bijeenkomst, deelnemer));
        long deelnemerId = deelnemer.id().orElseThrow();
        aanwezigheid.registreer(status, reden, toegang.gebruiker(), klok.instant());
        aanwezigheid = aanwezigheden.saveAndFlush(aanwezigheid);
        opvolging.naRegistratie(aanwezigheid);
        auditLog.leg("aanwezigheid " + status.name().toLowerCase(java.util.Locale.ROOT), "deelnemer:" + deelnemerId);
        return regel(deelnemer, aanwezigheid);
    }

    private static Aanwezigheidslijst.Regel regel(Deelnemer d, Aanwezigheid a) {
        return a == null ? new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), null, null, null, null, null)
                : new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), a.status(), a.reden(),
                        a.geregistreerdDoor(), a.geregistreerdOp(), a.version());
    }
}
