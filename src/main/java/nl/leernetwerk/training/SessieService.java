package nl.leernetwerk.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.domain.Beurt;
import nl.leernetwerk.training.domain.BeurtRepository;
import nl.leernetwerk.training.domain.Inbreng;
import nl.leernetwerk.training.domain.InbrengRepository;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.Sessie;
import nl.leernetwerk.training.domain.SessieRepository;
import nl.leernetwerk.training.domain.Sessieblok;
import nl.leernetwerk.training.domain.SessieblokRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Running a bijeenkomst: the server keeps the current block (and since when, for the timer), who
 * had the word, and what the group said, credited to who said it. Reads and changes are audited.
 */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class SessieService {

    /** A participant with the number of turns they had. */
    public record Spreker(long deelnemerId, String naam, int beurten) {}

    /** Something captured; {@code deelnemer} null means the whole group. */
    public record InbrengRegel(long id, InbrengSoort soort, String tekst, String deelnemer, Instant op) {}

    /** Everything the session screen shows; {@code afgesloten}: the trainer went past the last block. */
    public record Stand(BijeenkomstSamenvatting bijeenkomst, Variant variant, List<Blok> blokken, Long huidigBlokId,
            Instant blokGestartOp, List<Spreker> deelnemers, List<InbrengRegel> inbreng, boolean afgesloten) {

        public Optional<Blok> huidigBlok() {
            return blokken.stream().filter(b -> huidigBlokId != null && b.id() == huidigBlokId).findFirst();
        }
    }

    private final BijeenkomstRepository bijeenkomsten;
    private final DeelnemerRepository deelnemers;
    private final SessieRepository sessies;
    private final SessieblokRepository blokken;
    private final BeurtRepository beurten;
    private final InbrengRepository inbreng;
    private final SessieplanService plannen;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    SessieService(BijeenkomstRepository bijeenkomsten, DeelnemerRepository deelnemers, SessieRepository sessies,
            SessieblokRepository blokken, BeurtRepository beurten, InbrengRepository inbreng,
            SessieplanService plannen, GroepToegang toegang, AuditLog auditLog) {
        this.bijeenkomsten = bijeenkomsten;
        this.deelnemers = deelnemers;
        this.sessies = sessies;
        this.blokken = blokken;
        this.beurten = beurten;
        this.inbreng = inbreng;
        this.plannen = plannen;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<Stand> stand(long bijeenkomstId) {
        return bijeenkomsten.findById(bijeenkomstId).map(b -> {
            toegang.controleer(b.groep());
            auditLog.leg("sessie gelezen", "bijeenkomst:" + bijeenkomstId);
            return stand(b);
        });
    }

    /**
     * Makes the next (+1) or previous (-1) block current; before the first block, +1 starts the first;
     * after the last, +1 closes the session, and -1 from a closed session reopens the last block.
     */
    @Transactional
    public Stand stap(long bijeenkomstId, int richting) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        List<Sessieblok> plan = blokken.findByBijeenkomstOrderByVolgorde(b);
        Sessie sessie = sessies.findByBijeenkomst(b).orElseGet(() -> sessies.save(new Sessie(b)));
        int huidig = sessie.afgesloten() ? plan.size() : sessie.huidigBlok() == null ? -1 : plan.indexOf(sessie.huidigBlok());
        int volgend = Math.max(-1, Math.min(plan.size(), huidig + Integer.signum(richting)));
        if (volgend >= plan.size() && !plan.isEmpty()) {
            sessie.sluitAf(klok.instant());
        } else {
            sessie.naarBlok(volgend < 0 || volgend >= plan.size() ? null : plan.get(volgend), klok.instant());
        }
        return stand(b);
    }

    /** Counts a turn for a participant. */
    @Transactional
    public Stand beurt(long bijeenkomstId, long deelnemerId) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        beurten.save(new Beurt(b, deelnemer(b, deelnemerId), klok.instant()));
        auditLog.leg("beurt geteld", "deelnemer:" + deelnemerId);
        return stand(b);
    }

    /** Takes back the last turn of a participant (a mis-tap). */
    @Transactional
    public Stand beurtTerug(long bijeenkomstId, long deelnemerId) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        beurten.findFirstByBijeenkomstAndDeelnemerOrderByIdDesc(b, deelnemer(b, deelnemerId)).ifPresent(beurten::delete);
        auditLog.leg("beurt teruggenomen", "deelnemer:" + deelnemerId);
        return stand(b);
    }

    /** Captures an answer, tip or leerpunt; {@code deelnemerId} null credits the group. */
    @Transactional
    public Stand legVast(long bijeenkomstId, Long deelnemerId, @NotNull InbrengSoort soort,
            @NotBlank @Size(max = Inbreng.TEKST_MAX) String tekst) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        Deelnemer door = deelnemerId == null ? null : deelnemer(b, deelnemerId);
        long id = inbreng.save(new Inbreng(b, door, soort, tekst.strip(), toegang.gebruiker(), klok.instant()))
                .id().orElseThrow();
        auditLog.leg("inbreng vastgelegd", deelnemerId == null ? "inbreng:" + id : "deelnemer:" + deelnemerId);
        return stand(b);
    }

    private Stand stand(Bijeenkomst b) {
        Map<Long, Long> perDeelnemer = beurten.findByBijeenkomst(b).stream()
                .collect(Collectors.groupingBy(beurt -> beurt.deelnemer().id().orElseThrow(), Collectors.counting()));
        List<Spreker> sprekers = deelnemers.findByGroepAndUitgeschrevenOpIsNullOrderByNaam(b.groep()).stream()
                .map(d -> new Spreker(d.id().orElseThrow(), d.naam(),
                        perDeelnemer.getOrDefault(d.id().orElseThrow(), 0L).intValue()))
                .toList();
        List<InbrengRegel> regels = inbreng.findByBijeenkomstOrderById(b).stream()
                .map(x -> new InbrengRegel(x.id().orElseThrow(), x.soort(), x.tekst(),
                        x.deelnemer() == null ? null : x.deelnemer().naam(), x.vastgelegdOp()))
                .toList();
        Optional<Sessie> sessie = sessies.findByBijeenkomst(b);
        return new Stand(GroepService.samenvatting(b), b.groep().variant(), plannen.blokken(b),
                sessie.map(Sessie::huidigBlok).flatMap(Sessieblok::id).orElse(null),
                sessie.map(Sessie::blokGestartOp).orElse(null), sprekers, regels,
                sessie.map(Sessie::afgesloten).orElse(false));
    }

    private Bijeenkomst bijeenkomst(long id) {
        Bijeenkomst b = bijeenkomsten.findById(id).orElseThrow();
        toegang.controleer(b.groep());
        return b;
    }

    private Deelnemer deelnemer(Bijeenkomst b, long deelnemerId) {
        return deelnemers.findById(deelnemerId).filter(d -> d.groep().equals(b.groep())).orElseThrow();
    }
}
