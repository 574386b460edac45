package nl.leernetwerk.training;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import nl.leernetwerk.training.domain.Uitkomst;
import nl.leernetwerk.training.domain.UitkomstRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcomes per participant (trede at start and end, uitstroom) and the report per group and per training. */
@Service
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class UitkomstService {

    /** A participant's outcome as the screen shows it; {@code versie} null when nothing is recorded yet. */
    public record Regel(long deelnemerId, String naam, Integer tredeStart, Integer tredeEind, boolean binnenTrede,
            Uitstroom uitstroom, Long versie) {}

    /** The outcomes of a group's participants with the group's report. */
    public record Groepsuitkomsten(GroepKeuze groep, List<Regel> regels, Uitkomstrapport rapport) {}

    private final GroepRepository groepen;
    private final DeelnemerRepository deelnemers;
    private final UitkomstRepository uitkomsten;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    UitkomstService(GroepRepository groepen, DeelnemerRepository deelnemers, UitkomstRepository uitkomsten,
            GroepToegang toegang, AuditLog auditLog) {
        this.groepen = groepen;
        this.deelnemers = deelnemers;
        this.uitkomsten = uitkomsten;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<Groepsuitkomsten> groep(long groepId) {
        return groepen.findById(groepId).map(groep -> {
            toegang.controleer(groep);
            auditLog.leg("uitkomsten gelezen", "groep:" + groepId);
            List<Regel> regels = regels(List.of(groep));
            return new Groepsuitkomsten(GroepKeuze.van(groep), regels, rapport(1, regels));
        });
    }

    /** The report over the groups of a training the current user may see (all of them for a beheerder). */
    @Transactional
    public Uitkomstrapport training(String trainingSlug) {
        List<Groep> lijst = (toegang.isBeheerder() ? groepen.findAllByOrderByStartdatumDesc()
                : groepen.findByTrainersContainsOrderByStartdatumDesc(toegang.gebruiker())).stream()
                .filter(g -> g.trainingSlug().equals(trainingSlug)).toList();
        auditLog.leg("uitkomsten gelezen", "training:" + trainingSlug);
        return rapport(lijst.size(), regels(lijst));
    }

    /**
     * Records a participant's outcome. {@code versie} is what the screen read (null when nothing
     * was recorded); a change by someone else in between is refused, not overwritten.
     */
    @Transactional
    public Regel leg(long deelnemerId, Long versie, Integer tredeEind, boolean binnenTrede, Uitstroom uitstroom) {
        Deelnemer deelnemer = deelnemers.findById(deelnemerId).orElseThrow();
        toegang.controleer(deelnemer.groep());
        Optional<Uitkomst> bestaand = uitkomsten.findByDeelnemer(deelnemer);
        Long gelezen = bestaand.map(u -> (Long) u.version()).orElse(null);
        if (!java.util.Objects.equals(gelezen, versie)) {
            throw new ObjectOptimisticLockingFailureException(Uitkomst.class, deelnemerId);
        }
        Uitkomst uitkomst = bestaand.orElseGet(() -> new Uitkomst(deelnemer));
        uitkomst.leg(tredeEind, binnenTrede, uitstroom, toegang.gebruiker(), klok.instant());
        uitkomst = uitkomsten.saveAndFlush(uitkomst);
        auditLog.leg("uitkomst vastgelegd", "deelnemer:" + deelnemerId);
        return regel(deelnemer, uitkomst);
    }

    private List<Regel> regels(List<Groep> lijst) {
        if (lijst.isEmpty()) {
            return List.of();
        }
        Map<Long, Uitkomst> perDeelnemer = uitkomsten.findByDeelnemerGroepIn(lijst).stream()
                .collect(Collectors.toMap(u -> u.deelnemer().id().orElseThrow(), Function.identity()));
        // someone who moved to another group is counted there, not twice; who left otherwise counts here
        return lijst.stream().flatMap(g -> deelnemers.findByGroepOrderByNaam(g).stream())
                .filter(d -> d.verplaatstNaar() == null)
                .map(d -> regel(d, perDeelnemer.get(d.id().orElseThrow()))).toList();
    }

    private static Regel regel(Deelnemer d, Uitkomst u) {
        return u == null ? new Regel(d.id().orElseThrow(), d.naam(), d.tredeStart(), null, false, null, null)
                : new Regel(d.id().orElseThrow(), d.naam(), d.tredeStart(), u.tredeEind(), u.binnenTrede(),
                        u.uitstroom(), u.version());
    }

    private static Uitkomstrapport rapport(int groepen, List<Regel> regels) {
        return Uitkomstrapport.van(groepen, regels.stream()
                .map(r -> new Uitkomstrapport.Invoer(r.tredeStart(), r.tredeEind(), r.binnenTrede(), r.uitstroom()))
                .toList());
    }
}
