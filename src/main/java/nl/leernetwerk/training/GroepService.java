package nl.leernetwerk.training;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A trainer's groups: create, enrol participants, plan bijeenkomsten. Participant data is audited. */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class GroepService {

    private final GroepRepository groepen;
    private final DeelnemerRepository deelnemers;
    private final BijeenkomstRepository bijeenkomsten;
    private final KennisbankService kennisbank;
    private final GroepToegang toegang;
    private final AuditLog auditLog;

    GroepService(GroepRepository groepen, DeelnemerRepository deelnemers, BijeenkomstRepository bijeenkomsten,
            KennisbankService kennisbank, GroepToegang toegang, AuditLog auditLog) {
        this.groepen = groepen;
        this.deelnemers = deelnemers;
        this.bijeenkomsten = bijeenkomsten;
        this.kennisbank = kennisbank;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    /** The groups of the current trainer; a beheerder sees all. */
    @Transactional(readOnly = true)
    public List<GroepSamenvatting> mijnGroepen() {
        List<Groep> lijst = toegang.isBeheerder() ? groepen.findAllByOrderByStartdatumDesc()
                : groepen.findByTrainersContainsOrderByStartdatumDesc(toegang.gebruiker());
        return lijst.stream().map(this::samenvatting).toList();
    }

    /** Starts a group with the current user as its trainer; the training must exist in the kennisbank. */
    @Transactional
    public long maak(@Valid NieuweGroep nieuw) {
        boolean bestaat = kennisbank.detail(nieuw.trainingSlug())
                .filter(d -> d.gegevens().type() == KennisType.TRAINING).isPresent();
        if (!bestaat) {
            throw new IllegalArgumentException("onbekende training " + nieuw.trainingSlug());
        }
        Groep groep = groepen.save(new Groep(nieuw.naam().strip(), nieuw.trainingSlug(), nieuw.variant(),
                nieuw.startdatum(), nieuw.einddatum(), nieuw.minimum(), toegang.gebruiker()));
        return groep.id().orElseThrow();
    }

    /** The group with its participants, for its trainers and beheerders only; the read is audited. */
    @Transactional
    public Optional<GroepDetail> groep(long id) {
        return groepen.findById(id).map(groep -> {
            toegang.controleer(groep);
            auditLog.leg("deelnemers gelezen", "groep:" + id);
            return new GroepDetail(samenvatting(groep),
                    deelnemers.findByGroepOrderByNaam(groep).stream().map(GroepService::gegevens).toList(),
                    bijeenkomsten.findByGroepOrderByDatumAscBegintijdAsc(groep).stream()
                            .map(GroepService::samenvatting).toList());
        });
    }

    @Transactional
    public long voegDeelnemerToe(long groepId, @Valid NieuweDeelnemer nieuw) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        Deelnemer deelnemer = deelnemers.save(new Deelnemer(groep, nieuw.naam().strip(), nieuw.contactkanaal(),
                nieuw.verwezenOp(), nieuw.tredeStart()));
        long id = deelnemer.id().orElseThrow();
        auditLog.leg("deelnemer ingeschreven", "deelnemer:" + id);
        return id;
    }

    /** Starts the group; below the minimum only with {@code ondanksMinimum} (the trainer's explicit decision). */
    @Transactional
    public void start(long groepId, boolean ondanksMinimum) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        groep.start(deelnemers.countByGroep(groep), ondanksMinimum);
    }

    @Transactional
    public void rondAf(long groepId) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        groep.rondAf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    @Transactional
    public long planBijeenkomst(long groepId, @Valid NieuweBijeenkomst nieuw) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        return bijeenkomsten.save(new Bijeenkomst(groep, nieuw.datum(), nieuw.begintijd(), nieuw.eindtijd(),
                nieuw.plaats() == null || nieuw.plaats().isBlank() ? null : nieuw.plaats().strip())).id().orElseThrow();
    }

    private GroepSamenvatting samenvatting(Groep groep) {
        return new GroepSamenvatting(groep.id().orElseThrow(), groep.naam(), groep.trainingSlug(), groep.variant(),
                groep.startdatum(), groep.status(), deelnemers.countByGroep(groep), groep.minimum());
    }

    static DeelnemerGegevens gegevens(Deelnemer d) {
        return new DeelnemerGegevens(d.id().orElseThrow(), d.naam(), d.contactkanaal(), d.verwezenOp(), d.tredeStart());
    }

    static BijeenkomstSamenvatting samenvatting(Bijeenkomst b) {
        return new BijeenkomstSamenvatting(b.id().orElseThrow(), b.groep().id().orElseThrow(), b.groep().naam(),
                b.datum(), b.begintijd(), b.eindtijd(), b.plaats());
    }
}
