package nl.leernetwerk.training;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Csv;
import nl.leernetwerk.training.domain.Aanwezigheid;
import nl.leernetwerk.training.domain.AanwezigheidRepository;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import org.springframework.beans.factory.annotation.Value;
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
            boolean waarschuwing = geteld >= naBijeenkomsten && aanwezig < drempel * geteld;
            return new Aanwezigheidsoverzicht.Rij(d.id().orElseThrow(), d.naam(), statussen, percentage, waarschuwing);
        }).toList();
        return new Aanwezigheidsoverzicht(lijst.stream().map(GroepService::samenvatting).toList(), rijen);
    }

    /** The attendance of a group as CSV (minimal data: name, date, status), for e.g. the municipality. */
    @Transactional
    public String csv(long groepId) {
        Aanwezigheidsoverzicht overzicht = overzicht(groepId);
        StringBuilder csv = new StringBuilder("deelnemer;datum;status\n");
        for (Aanwezigheidsoverzicht.Rij rij : overzicht.rijen()) {
            for (BijeenkomstSamenvatting b : overzicht.bijeenkomsten()) {
                AanwezigheidStatus status = rij.statussen().get(b.id());
                csv.append(csvVeld(rij.naam())).append(';').append(b.datum()).append(';')
                        .append(status == null ? "" : status.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
        }
        auditLog.leg("aanwezigheid geëxporteerd", "groep:" + groepId);
        return csv.toString();
    }

    /** Quotes a field when needed and defuses formulas, also after a line break or a leading tab (basis/Csv). */
    private static String csvVeld(String waarde) {
        return Csv.cel(waarde);
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
        opvolging.naRegistratie(aanwezigheden.save(aanwezigheid));
        auditLog.leg("aanwezigheid " + status.name().toLowerCase(java.util.Locale.ROOT), "deelnemer:" + deelnemerId);
        return regel(deelnemer, aanwezigheid);
    }

    private static Aanwezigheidslijst.Regel regel(Deelnemer d, Aanwezigheid a) {
        return a == null ? new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), null, null, null, null)
                : new Aanwezigheidslijst.Regel(d.id().orElseThrow(), d.naam(), a.status(), a.reden(),
                        a.geregistreerdDoor(), a.geregistreerdOp());
    }
}
