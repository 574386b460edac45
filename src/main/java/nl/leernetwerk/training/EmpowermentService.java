package nl.leernetwerk.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.domain.EigenOpdrachtRepository;
import nl.leernetwerk.training.domain.Groep;
import nl.leernetwerk.training.domain.GroepRepository;
import nl.leernetwerk.training.domain.Reflectie;
import nl.leernetwerk.training.domain.ReflectieRepository;
import nl.leernetwerk.training.domain.Sessieblok;
import nl.leernetwerk.training.domain.SessieblokRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often each empowerment dimension and each werkzaam element was applied, per group, trainer
 * or training. Counted: every werkzaam element tagged in a reflection (and the dimensions of that
 * element), and every groepsopdracht in a sessieplan (its dimensions and its werkzame elementen).
 * A dimension is neglected when it was applied less than half as often as the most applied one.
 */
@Service
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class EmpowermentService {

    /** A kennisbank page to read. */
    public record Link(String slug, String titel) {}

    /** An element with how often it was applied. */
    public record ElementTelling(String slug, String titel, long aantal, boolean trainerhandelen) {}

    /** The counts; {@code suggesties} per neglected dimension: pages that explain how to work on it. */
    public record Overzicht(int groepen, int bijeenkomsten, Map<Dimensie, Long> perDimensie,
            List<ElementTelling> perElement, Set<Dimensie> verwaarloosd, Map<Dimensie, List<Link>> suggesties) {}

    private final GroepRepository groepen;
    private final SessieblokRepository blokken;
    private final ReflectieRepository reflecties;
    private final EigenOpdrachtRepository eigen;
    private final KennisbankService kennisbank;
    private final WerkzameElementen werkzameElementen;
    private final GroepToegang toegang;

    EmpowermentService(GroepRepository groepen, SessieblokRepository blokken, ReflectieRepository reflecties,
            EigenOpdrachtRepository eigen, KennisbankService kennisbank, WerkzameElementen werkzameElementen,
            GroepToegang toegang) {
        this.groepen = groepen;
        this.blokken = blokken;
        this.reflecties = reflecties;
        this.eigen = eigen;
        this.kennisbank = kennisbank;
        this.werkzameElementen = werkzameElementen;
        this.toegang = toegang;
    }

    /** The groups the current user may see: her own, or all for a beheerder. */
    @Transactional(readOnly = true)
    public List<GroepKeuze> zichtbareGroepen() {
        return zichtbaar().stream().map(GroepKeuze::van).toList();
    }

    /** The trainers whose overview the current user may see: herself, or every trainer for a beheerder. */
    @Transactional(readOnly = true)
    public List<String> trainers() {
        if (!toegang.isBeheerder()) {
            return List.of(toegang.gebruiker());
        }
        return List.copyOf(zichtbaar().stream().flatMap(g -> g.trainers().stream())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Transactional(readOnly = true)
    public Overzicht perGroep(long groepId) {
        Groep groep = groepen.findById(groepId).orElseThrow();
        toegang.controleer(groep);
        return overzicht(List.of(groep));
    }

    @Transactional(readOnly = true)
    public Overzicht perTrainer(String gebruikersnaam) {
        if (!toegang.isBeheerder() && !toegang.gebruiker().equals(gebruikersnaam)) {
            throw new AccessDeniedException("alleen het eigen overzicht");
        }
        return overzicht(zichtbaar().stream().filter(g -> g.heeftTrainer(gebruikersnaam)).toList());
    }

    @Transactional(readOnly = true)
    public Overzicht perTraining(String trainingSlug) {
        return overzicht(zichtbaar().stream().filter(g -> g.trainingSlug().equals(trainingSlug)).toList());
    }

    private List<Groep> zichtbaar() {
        return toegang.isBeheerder() ? groepen.findAllByOrderByStartdatumDesc()
                : groepen.findByTrainersContainsOrderByStartdatumDesc(toegang.gebruiker());
    }

    private Overzicht overzicht(List<Groep> lijst) {
        Map<Dimensie, Long> perDimensie = new EnumMap<>(Dimensie.class);
        for (Dimensie d : Dimensie.values()) {
            perDimensie.put(d, 0L);
        }
        Map<String, Long> perElement = new HashMap<>();
        Set<Long> bijeenkomsten = new java.util.HashSet<>();
        Map<String, WerkzameElementen.Element> elementen = werkzameElementen.alle();
        if (!lijst.isEmpty()) {
            for (Reflectie r : reflecties.findByBijeenkomstGroepIn(lijst)) {
                bijeenkomsten.add(r.bijeenkomst().id().orElseThrow());
                for (String slug : r.elementen()) {
                    perElement.merge(slug, 1L, Long::sum);
                    Optional.ofNullable(elementen.get(slug))
                            .ifPresent(e -> e.dimensies().forEach(d -> perDimensie.merge(d, 1L, Long::sum)));
                }
            }
            Map<String, Optional<Groepsopdracht>> opdrachten = new HashMap<>();
            for (Sessieblok blok : blokken.findByBijeenkomstGroepIn(lijst)) {
                String sleutel = blok.eigenOpdracht() != null
                        ? Groepsopdracht.EIGEN + blok.eigenOpdracht().id().orElseThrow() : blok.opdrachtSlug();
                if (sleutel == null) {
                    continue;
                }
                bijeenkomsten.add(blok.bijeenkomst().id().orElseThrow());
                opdrachten.computeIfAbsent(sleutel, s -> OpdrachtService.OpdrachtLezer.lees(s, kennisbank, eigen))
                        .ifPresent(o -> {
                            o.dimensies().forEach(d -> perDimensie.merge(d, 1L, Long::sum));
                            o.werkzameElementen().forEach(e -> perElement.merge(e, 1L, Long::sum));
                        });
            }
        }
        List<ElementTelling> tellingen = new ArrayList<>();
        elementen.values().forEach(e -> {
            long aantal = perElement.getOrDefault(e.slug(), 0L);
            if (aantal > 0 || e.trainerhandelen()) {
                tellingen.add(new ElementTelling(e.slug(), e.titel(), aantal, e.trainerhandelen()));
            }
        });
        tellingen.sort(Comparator.comparingLong(ElementTelling::aantal).reversed()
                .thenComparing(ElementTelling::titel));
        long meest = perDimensie.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Set<Dimensie> verwaarloosd = new LinkedHashSet<>();
        perDimensie.forEach((d, n) -> {
            if (n == 0 || n * 2 < meest) {
                verwaarloosd.add(d);
            }
        });
        Map<Dimensie, List<Link>> suggesties = new LinkedHashMap<>();
        verwaarloosd.forEach(d -> suggesties.put(d, suggesties(d, elementen)));
        return new Overzicht(lijst.size(), bijeenkomsten.size(), perDimensie, tellingen, verwaarloosd, suggesties);
    }

    /** The dimension's own page, then groepsopdrachten and werkzame elementen that work on it. */
    private List<Link> suggesties(Dimensie dimensie, Map<String, WerkzameElementen.Element> elementen) {
        List<Link> links = new ArrayList<>();
        Optional.ofNullable(elementen.get(dimensie.code())).ifPresent(e -> links.add(new Link(e.slug(), e.titel())));
        kennisbank.lijst(new KennisFilter(Optional.of(KennisType.GROEPSOPDRACHT), Optional.empty()),
                Pageable.ofSize(500)).forEach(o -> kennisbank.detail(o.slug())
                        .filter(d -> d.gegevens().dimensies().contains(dimensie))
                        .ifPresent(d -> links.add(new Link(o.slug(), o.titel()))));
        elementen.values().stream().filter(e -> e.dimensies().contains(dimensie) && !e.slug().equals(dimensie.code()))
                .limit(8).forEach(e -> links.add(new Link(e.slug(), e.titel())));
        return links;
    }
}
