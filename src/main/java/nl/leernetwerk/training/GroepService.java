package nl.leernetwerk.training;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
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

/**
 * A trainer's groups: create, enrol participants, plan bijeenkomsten, share with co-trainers.
 * Participant data is audited.
 */
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
    private final GebruikerService gebruikers;

    GroepService(GroepRepository groepen, DeelnemerRepository deelnemers, BijeenkomstRepository bijeenkomsten,
            KennisbankService kennisbank, GroepToegang toegang, AuditLog auditLog, GebruikerService gebruikers) {
        this.gebruikers = gebruikers;
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
            List<Deelnemer> alle = deelnemers.findByGroepOrderByNaam(groep);
            return new GroepDetail(samenvatting(groep), groep.trainers().stream().sorted().toList(),
                    alle.stream().filter(Deelnemer::isActief).map(GroepService::gegevens).toList(),
                    alle.stream().filter(d -> !d.isActief()).map(GroepService::gegevens).toList(),
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
        groep.start(deelnemers.countByGroepAndUitgeschrevenOpIsNull(groep), ondanksMinimum);
    }

    @Transactional
    public void rondAf(long groepId) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        groep.rondAf(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    @Transactional
    public long planBijeenkomst(long groepId, @Valid NieuweBijeenkomst nieuw) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        return bijeenkomsten.save(new Bijeenkomst(groep, nieuw.datum(), nieuw.begintijd(), nieuw.eindtijd(),
                nieuw.plaats() == null || nieuw.plaats().isBlank() ? null : nieuw.plaats().strip())).id().orElseThrow();
    }

    /** The bijeenkomsten of the current trainer's groups (a beheerder: all groups) in the week of {@code dag}. */
    @Transactional(readOnly = true)
    public List<BijeenkomstSamenvatting> week(LocalDate dag) {
        LocalDate maandag = dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return bijeenkomsten.inPeriode(maandag, maandag.plusDays(6), toegang.gebruiker(), toegang.isBeheerder()).stream()
                .map(GroepService::samenvatting).toList();
    }

    /** The users who can be added as a co-trainer: active users with the trainer role. */
    @Transactional(readOnly = true)
    public List<GebruikerSummary> mogelijkeTrainers() {
        return gebruikers.trainers();
    }

    /** Adds a co-trainer, who then sees the group and its participants like the other trainers. */
    @Transactional
    public void voegTrainerToe(long groepId, String gebruikersnaam) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        if (gebruikers.trainers().stream().noneMatch(g -> g.gebruikersnaam().equals(gebruikersnaam))) {
            throw new IllegalArgumentException("geen trainer: " + gebruikersnaam);
        }
        groep.voegTrainerToe(gebruikersnaam);
        auditLog.leg("trainer toegevoegd: " + gebruikersnaam, "groep:" + groepId);
    }

    /** Removes a trainer (also oneself); the last trainer cannot be removed. */
    @Transactional
    public void verwijderTrainer(long groepId, String gebruikersnaam) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        groep.verwijderTrainer(gebruikersnaam);
        auditLog.leg("trainer verwijderd: " + gebruikersnaam, "groep:" + groepId);
    }

    private GroepSamenvatting samenvatting(Groep groep) {
        return new GroepSamenvatting(groep.id().orElseThrow(), groep.naam(), groep.trainingSlug(), groep.variant(),
                groep.startdatum(), groep.status(), deelnemers.countByGroepAndUitgeschrevenOpIsNull(groep), groep.minimum());
    }

    static DeelnemerGegevens gegevens(Deelnemer d) {
        return new DeelnemerGegevens(d.id().orElseThrow(), d.naam(), d.contactkanaal(), d.verwezenOp(), d.tredeStart(),
                d.uitgeschrevenOp(), d.uitschrijfreden(), d.verplaatstNaar() == null ? null : d.verplaatstNaar().groep().naam());
    }

    static BijeenkomstSamenvatting samenvatting(Bijeenkomst b) {
        return new BijeenkomstSamenvatting(b.id().orElseThrow(), b.groep().id().orElseThrow(), b.groep().naam(),
                b.datum(), b.begintijd(), b.eindtijd(), b.plaats());
    }
}
