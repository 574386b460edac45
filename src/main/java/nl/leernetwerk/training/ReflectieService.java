package nl.leernetwerk.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.Deelnemer;
import nl.leernetwerk.training.domain.DeelnemerRepository;
import nl.leernetwerk.training.domain.EigenOpdrachtRepository;
import nl.leernetwerk.training.domain.Reflectie;
import nl.leernetwerk.training.domain.ReflectieOpbrengst;
import nl.leernetwerk.training.domain.ReflectieOpbrengstRepository;
import nl.leernetwerk.training.domain.ReflectieRepository;
import nl.leernetwerk.training.domain.SessieblokRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The trainer's reflection after a bijeenkomst: per participant what they gained (however small),
 * and which werkzame elementen and trainer behaviours she applied, as tags from the kennisbank.
 */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class ReflectieService {

    /** What one participant gained; empty text when nothing is written yet. */
    public record Opbrengst(long deelnemerId, String naam, String tekst) {}

    /**
     * The form: {@code versie} null before the first save; {@code uitPlan} the elements of the
     * opdrachten in the plan, offered as a starting point.
     */
    public record Formulier(BijeenkomstSamenvatting bijeenkomst, List<Opbrengst> opbrengsten, Set<String> elementen,
            String notitie, Long versie, Set<String> uitPlan) {}

    private final BijeenkomstRepository bijeenkomsten;
    private final DeelnemerRepository deelnemers;
    private final ReflectieRepository reflecties;
    private final ReflectieOpbrengstRepository opbrengsten;
    private final SessieblokRepository blokken;
    private final KennisbankService kennisbank;
    private final EigenOpdrachtRepository eigen;
    private final WerkzameElementen werkzameElementen;
    private final GroepToegang toegang;
    private final AuditLog auditLog;
    private final Clock klok = Clock.systemUTC();

    ReflectieService(BijeenkomstRepository bijeenkomsten, DeelnemerRepository deelnemers,
            ReflectieRepository reflecties, ReflectieOpbrengstRepository opbrengsten, SessieblokRepository blokken,
            KennisbankService kennisbank, EigenOpdrachtRepository eigen, WerkzameElementen werkzameElementen,
            GroepToegang toegang, AuditLog auditLog) {
        this.bijeenkomsten = bijeenkomsten;
        this.deelnemers = deelnemers;
        this.reflecties = reflecties;
        this.opbrengsten = opbrengsten;
        this.blokken = blokken;
        this.kennisbank = kennisbank;
        this.eigen = eigen;
        this.werkzameElementen = werkzameElementen;
        this.toegang = toegang;
        this.auditLog = auditLog;
    }

    @Transactional
    public Optional<Formulier> formulier(long bijeenkomstId) {
        return bijeenkomsten.findById(bijeenkomstId).map(b -> {
            toegang.controleer(b.groep());
            auditLog.leg("reflectie gelezen", "bijeenkomst:" + bijeenkomstId);
            Optional<Reflectie> reflectie = reflecties.findByBijeenkomst(b);
            Map<Long, String> geschreven = reflectie.map(opbrengsten::findByReflectie).orElse(List.of()).stream()
                    .collect(Collectors.toMap(o -> o.deelnemer().id().orElseThrow(), ReflectieOpbrengst::tekst));
            List<Opbrengst> lijst = deelnemers.findByGroepAndUitgeschrevenOpIsNullOrderByNaam(b.groep()).stream()
                    .map(d -> new Opbrengst(d.id().orElseThrow(), d.naam(),
                            geschreven.getOrDefault(d.id().orElseThrow(), "")))
                    .toList();
            Set<String> uitPlan = new LinkedHashSet<>();
            blokken.findByBijeenkomstOrderByVolgorde(b).forEach(blok -> OpdrachtService.OpdrachtLezer
                    .lees(blok.eigenOpdracht() != null ? Groepsopdracht.EIGEN + blok.eigenOpdracht().id().orElseThrow()
                            : blok.opdrachtSlug(), kennisbank, eigen)
                    .ifPresent(o -> uitPlan.addAll(o.werkzameElementen())));
            return new Formulier(GroepService.samenvatting(b), lijst,
                    reflectie.map(Reflectie::elementen).orElse(Set.of()),
                    reflectie.map(Reflectie::notitie).orElse(""), reflectie.map(r -> (Long) r.version()).orElse(null),
                    uitPlan);
        });
    }

    /**
     * Saves the reflection. {@code versie} is what the form read (null for a first save); when
     * someone saved in between, nothing is overwritten and the conflict is reported.
     */
    @Transactional
    public void bewaar(long bijeenkomstId, Long versie, @Size(max = Reflectie.NOTITIE_MAX) String notitie,
            @NotNull Set<String> elementen, @NotNull Map<Long, @Size(max = ReflectieOpbrengst.TEKST_MAX) String> perDeelnemer) {
        Bijeenkomst b = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        toegang.controleer(b.groep());
        Optional<Reflectie> bestaand = reflecties.findByBijeenkomst(b);
        Long gelezen = bestaand.map(r -> (Long) r.version()).orElse(null);
        if (!java.util.Objects.equals(gelezen, versie)) {
            throw new ObjectOptimisticLockingFailureException(Reflectie.class, bijeenkomstId);
        }
        Set<String> onbekend = elementen.stream().filter(e -> !werkzameElementen.alle().containsKey(e))
                .collect(Collectors.toSet());
        if (!onbekend.isEmpty()) {
            throw new IllegalArgumentException("onbekende werkzame elementen " + onbekend);
        }
        Reflectie reflectie = bestaand.orElseGet(() -> new Reflectie(b));
        reflectie.vul(notitie == null || notitie.isBlank() ? null : notitie.strip(), elementen, toegang.gebruiker(),
                klok.instant());
        reflectie = reflecties.save(reflectie);
        Map<Long, ReflectieOpbrengst> eerder = opbrengsten.findByReflectie(reflectie).stream()
                .collect(Collectors.toMap(o -> o.deelnemer().id().orElseThrow(), Function.identity()));
        Map<Long, Deelnemer> vanGroep = deelnemers.findByGroepOrderByNaam(b.groep()).stream()
                .collect(Collectors.toMap(d -> d.id().orElseThrow(), Function.identity()));
        for (var invoer : perDeelnemer.entrySet()) {
            Deelnemer d = Optional.ofNullable(vanGroep.get(invoer.getKey())).orElseThrow();
            String tekst = invoer.getValue() == null ? "" : invoer.getValue().strip();
            ReflectieOpbrengst opbrengst = eerder.get(invoer.getKey());
            if (tekst.isEmpty()) {
                if (opbrengst != null) {
                    opbrengsten.delete(opbrengst);
                }
            } else if (opbrengst == null) {
                opbrengsten.save(new ReflectieOpbrengst(reflectie, d, tekst));
            } else {
                opbrengst.wijzig(tekst);
            }
        }
        auditLog.leg("reflectie vastgelegd", "bijeenkomst:" + bijeenkomstId);
    }
}
