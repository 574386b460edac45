package nl.leernetwerk.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Afspraak;
import nl.leernetwerk.training.domain.AfspraakRepository;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The group's afspraken over omgangsvormen: every proposal is recorded with who proposed it and
 * none is rejected; archiving one needs the group's consent and a reason, and keeps it.
 */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class AfspraakService {

    /** One afspraak as the screens show it; {@code voorgesteldDoor} null means the group as a whole. */
    public record Regel(long id, String tekst, String voorgesteldDoor, String vastgelegdDoor, Instant vastgelegdOp,
            Instant gearchiveerdOp, String gearchiveerdDoor, String reden, String instemming, long versie) {

        public boolean gearchiveerd() {
            return gearchiveerdOp != null;
        }
    }

    /** The afspraken of a group, current and archived, with the participants who can propose. */
    public record Overzicht(long groepId, String groepNaam, List<DeelnemerKeuze> deelnemers, List<Regel> geldend,
            List<Regel> gearchiveerd) {}

    private final GroepRepository groepen;
    private final DeelnemerRepository deelnemers;
    private final BijeenkomstRepository bijeenkomsten;
    private final AfspraakRepository afspraken;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    AfspraakService(GroepRepository groepen, DeelnemerRepository deelnemers, BijeenkomstRepository bijeenkomsten,
            AfspraakRepository afspraken, GroepToegang toegang, AuditLog auditLog) {
        this.groepen = groepen;
        this.deelnemers = deelnemers;
        this.bijeenkomsten = bijeenkomsten;
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<Overzicht> overzicht(long groepId) {
        return groepen.findById(groepId).map(groep -> {
            toegang.controleer(groep);
            auditLog.leg("afspraken gelezen", "groep:" + groepId);
            List<Regel> alle = regels(groep);
            return new Overzicht(groepId, groep.naam(), DeelnemerKeuze.van(deelnemers.findByGroepAndUitgeschrevenOpIsNullOrderByNaam(groep)),
                    alle.stream().filter(r -> !r.gearchiveerd()).toList(),
                    alle.stream().filter(Regel::gearchiveerd).toList());
        });
    }

    /** The current afspraken of the group of a bijeenkomst, to show at its start. */
    @Transactional
    public List<Regel> geldendBij(long bijeenkomstId) {
        Groep groep = bijeenkomsten.findById(bijeenkomstId).orElseThrow().groep();
        toegang.controleer(groep);
        auditLog.leg("afspraken gelezen", "groep:" + groep.id().orElseThrow());
        return regels(groep).stream().filter(r -> !r.gearchiveerd()).toList();
    }

    /** Records a proposal as it was made; {@code deelnemerId} null when the group proposed it together. */
    @Transactional
    public long stelVoor(long groepId, Long deelnemerId, @NotBlank @Size(max = Afspraak.TEKST_MAX) String tekst) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        Deelnemer door = deelnemerId == null ? null
                : deelnemers.findById(deelnemerId).filter(d -> d.groep().equals(groep)).orElseThrow();
        long id = afspraken.save(new Afspraak(groep, tekst.strip(), door, toegang.gebruiker(), klok.instant()))
                .id().orElseThrow();
        auditLog.leg("afspraak vastgelegd", "afspraak:" + id);
        return id;
    }

    /**
     * Archives an afspraak with the group's consent and the reason; refused when someone else
     * changed it since {@code versie} was read.
     */
    @Transactional
    public void archiveer(long afspraakId, long versie, @NotBlank @Size(max = Afspraak.TEKST_MAX) String reden,
            @NotBlank @Size(max = Afspraak.TEKST_MAX) String instemming) {
        Afspraak afspraak = afspraken.findById(afspraakId).orElseThrow();
        toegang.controleer(afspraak.groep());
        if (afspraak.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Afspraak.class, afspraakId);
        }
        afspraak.archiveer(reden, instemming, toegang.gebruiker(), klok.instant());
        auditLog.leg("afspraak gearchiveerd", "afspraak:" + afspraakId);
    }

    private List<Regel> regels(Groep groep) {
        return afspraken.findByGroepOrderById(groep).stream().map(a -> new Regel(a.id().orElseThrow(), a.tekst(),
                a.voorgesteldDoor() == null ? null : a.voorgesteldDoor().naam(), a.vastgelegdDoor(), a.vastgelegdOp(),
                a.gearchiveerdOp(), a.gearchiveerdDoor(), a.reden(), a.instemming(), a.version())).toList();
    }
}
