package nl.leernetwerk.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.training.domain.Bijeenkomst;
import nl.leernetwerk.training.domain.BijeenkomstRepository;
import nl.leernetwerk.training.domain.EigenOpdracht;
import nl.leernetwerk.training.domain.EigenOpdrachtRepository;
import nl.leernetwerk.training.domain.Sessieblok;
import nl.leernetwerk.training.domain.SessieblokRepository;
import nl.leernetwerk.training.domain.Sessiesjabloon;
import nl.leernetwerk.training.domain.SessiesjabloonRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The plan of a bijeenkomst: ordered blocks with durations, saved as and made from templates per training. */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class SessieplanService {

    /** A template to apply. */
    public record Sjabloon(long id, String naam, String gemaaktDoor) {}

    /** The plan with what the screen needs around it. */
    public record Plan(BijeenkomstSamenvatting bijeenkomst, String trainingSlug, Variant variant, List<Blok> blokken,
            List<Sjabloon> sjablonen) {

        public int totaalMinuten() {
            return blokken.stream().mapToInt(Blok::minuten).sum();
        }

        public long beschikbareMinuten() {
            return Duration.between(bijeenkomst.begintijd(), bijeenkomst.eindtijd()).toMinutes();
        }
    }

    private final BijeenkomstRepository bijeenkomsten;
    private final SessieblokRepository blokken;
    private final SessiesjabloonRepository sjablonen;
    private final EigenOpdrachtRepository eigen;
    private final KennisbankService kennisbank;
    private final GroepToegang toegang;

    SessieplanService(BijeenkomstRepository bijeenkomsten, SessieblokRepository blokken,
            SessiesjabloonRepository sjablonen, EigenOpdrachtRepository eigen, KennisbankService kennisbank,
            GroepToegang toegang) {
        this.bijeenkomsten = bijeenkomsten;
        this.blokken = blokken;
        this.sjablonen = sjablonen;
        this.eigen = eigen;
        this.kennisbank = kennisbank;
        this.toegang = toegang;
    }

    @Transactional(readOnly = true)
    public Optional<Plan> plan(long bijeenkomstId) {
        return bijeenkomsten.findById(bijeenkomstId).map(b -> {
            toegang.controleer(b.groep());
            return new Plan(GroepService.samenvatting(b), b.groep().trainingSlug(), b.groep().variant(), blokken(b),
                    sjablonen.findByTrainingSlugOrderByNaam(b.groep().trainingSlug()).stream()
                            .map(s -> new Sjabloon(s.id().orElseThrow(), s.naam(), s.gemaaktDoor())).toList());
        });
    }

    /** Adds a block at the end; an opdracht block must name a groepsopdracht this trainer may use. */
    @Transactional
    public long voegToe(long bijeenkomstId, @Valid NieuwBlok nieuw) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        String slug = null;
        EigenOpdracht eigenOpdracht = null;
        if (nieuw.soort() == Bloksoort.OPDRACHT) {
            String sleutel = nieuw.opdrachtSleutel();
            if (sleutel == null || sleutel.isBlank()) {
                throw new IllegalArgumentException("een opdrachtblok noemt een groepsopdracht");
            }
            if (sleutel.startsWith(Groepsopdracht.EIGEN)) {
                eigenOpdracht = eigen.findById(Long.parseLong(sleutel.substring(Groepsopdracht.EIGEN.length())))
                        .filter(o -> o.eigenaar().equals(toegang.gebruiker()) || toegang.isBeheerder()).orElseThrow();
            } else {
                slug = OpdrachtService.OpdrachtLezer.lees(sleutel, kennisbank, eigen).orElseThrow().sleutel();
            }
        }
        int volgorde = blokken.findByBijeenkomstOrderByVolgorde(b).stream().mapToInt(Sessieblok::volgorde)
                .max().orElse(0) + 1;
        String titel = nieuw.titel() == null || nieuw.titel().isBlank() ? null : nieuw.titel().strip();
        return blokken.save(Sessieblok.van(b, volgorde, nieuw.soort(), titel, nieuw.minuten(), slug, eigenOpdracht))
                .id().orElseThrow();
    }

    /** Moves a block one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public void verplaats(long blokId, int richting) {
        Sessieblok blok = blokken.findById(blokId).orElseThrow();
        toegang.controleer(blok.bijeenkomst().groep());
        List<Sessieblok> lijst = new ArrayList<>(blokken.findByBijeenkomstOrderByVolgorde(blok.bijeenkomst()));
        int van = lijst.indexOf(blok);
        int naar = van + Integer.signum(richting);
        if (naar < 0 || naar >= lijst.size()) {
            return;
        }
        lijst.add(naar, lijst.remove(van));
        for (int i = 0; i < lijst.size(); i++) {
            lijst.get(i).zetVolgorde(i + 1);
        }
    }

    @Transactional
    public void verwijder(long blokId) {
        Sessieblok blok = blokken.findById(blokId).orElseThrow();
        toegang.controleer(blok.bijeenkomst().groep());
        blokken.delete(blok);
    }

    /** Saves the plan as a template of the group's training, for every trainer of that training. */
    @Transactional
    public long bewaarAlsSjabloon(long bijeenkomstId, @NotBlank @Size(max = Sessiesjabloon.NAAM_MAX) String naam) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        List<Sessieblok> plan = blokken.findByBijeenkomstOrderByVolgorde(b);
        if (plan.isEmpty()) {
            throw new IllegalStateException("een leeg plan wordt geen sjabloon");
        }
        Sessiesjabloon sjabloon = sjablonen.save(new Sessiesjabloon(b.groep().trainingSlug(), naam.strip(),
                toegang.gebruiker()));
        plan.forEach(blok -> blokken.save(blok.naar(sjabloon)));
        return sjabloon.id().orElseThrow();
    }

    /** Replaces the plan of the bijeenkomst by a copy of a template of the same training. */
    @Transactional
    public void pasToe(long bijeenkomstId, long sjabloonId) {
        Bijeenkomst b = bijeenkomst(bijeenkomstId);
        Sessiesjabloon sjabloon = sjablonen.findById(sjabloonId)
                .filter(s -> s.trainingSlug().equals(b.groep().trainingSlug())).orElseThrow();
        blokken.deleteAll(blokken.findByBijeenkomstOrderByVolgorde(b));
        blokken.flush();
        blokken.findBySjabloonOrderByVolgorde(sjabloon).stream()
                .filter(blok -> blok.eigenOpdracht() == null || blok.eigenOpdracht().eigenaar().equals(toegang.gebruiker()))
                .forEach(blok -> blokken.save(blok.naar(b)));
    }

    private Bijeenkomst bijeenkomst(long id) {
        Bijeenkomst b = bijeenkomsten.findById(id).orElseThrow();
        toegang.controleer(b.groep());
        return b;
    }

    List<Blok> blokken(Bijeenkomst b) {
        return blokken.findByBijeenkomstOrderByVolgorde(b).stream().map(this::blok).toList();
    }

    private Blok blok(Sessieblok s) {
        String sleutel = s.eigenOpdracht() != null ? Groepsopdracht.EIGEN + s.eigenOpdracht().id().orElseThrow()
                : s.opdrachtSlug();
        String opdrachtTitel = s.eigenOpdracht() != null ? s.eigenOpdracht().titel()
                : s.opdrachtSlug() == null ? null
                : kennisbank.detail(s.opdrachtSlug()).map(d -> d.gegevens().titel()).orElse(s.opdrachtSlug());
        return new Blok(s.id().orElseThrow(), s.volgorde(), s.soort(), s.titel(), s.minuten(), sleutel, opdrachtTitel);
    }
}
