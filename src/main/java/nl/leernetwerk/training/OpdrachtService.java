package nl.leernetwerk.training;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisFilter;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisbankService;
import nl.leernetwerk.kennisbank.KennisrecordDetail;
import nl.leernetwerk.kennisbank.KennisrecordSamenvatting;
import nl.leernetwerk.training.domain.EigenOpdracht;
import nl.leernetwerk.training.domain.EigenOpdrachtRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Groepsopdrachten: the kennisbank's library (sections Doel, Instructie, Eenvoudige instructie,
 * Feedback in de groep) plus each trainer's own, which only she sees.
 */
@Service
@Validated
@Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
public class OpdrachtService {

    /** An opdracht to choose in a plan. */
    public record Keuze(String sleutel, String titel, boolean eigen) {}

    private final KennisbankService kennisbank;
    private final EigenOpdrachtRepository eigen;
    private final GroepToegang toegang;

    OpdrachtService(KennisbankService kennisbank, EigenOpdrachtRepository eigen, GroepToegang toegang) {
        this.kennisbank = kennisbank;
        this.eigen = eigen;
        this.toegang = toegang;
    }

    /** The library first, then the current trainer's own opdrachten. */
    @Transactional(readOnly = true)
    public List<Keuze> keuzes() {
        List<Keuze> keuzes = new ArrayList<>(bibliotheek().stream()
                .map(s -> new Keuze(s.slug(), s.titel(), false)).toList());
        eigen.findByEigenaarOrderByTitel(toegang.gebruiker()).forEach(o -> keuzes.add(
                new Keuze(Groepsopdracht.EIGEN + o.id().orElseThrow(), o.titel(), true)));
        return keuzes;
    }

    /** An opdracht by key; another trainer's own opdracht is not found. */
    @Transactional(readOnly = true)
    public Optional<Groepsopdracht> opdracht(String sleutel) {
        return OpdrachtLezer.lees(sleutel, kennisbank, eigen).filter(o -> !o.eigen() || eigenVanMij(sleutel));
    }

    @Transactional(readOnly = true)
    public List<Groepsopdracht> mijnOpdrachten() {
        return eigen.findByEigenaarOrderByTitel(toegang.gebruiker()).stream().map(OpdrachtLezer::van).toList();
    }

    @Transactional
    public String maak(@Valid NieuweOpdracht nieuw) {
        EigenOpdracht opdracht = eigen.save(new EigenOpdracht(toegang.gebruiker(), nieuw.titel().strip(),
                leegIsNull(nieuw.doel()), nieuw.instructie().strip(), leegIsNull(nieuw.eenvoudigeInstructie()),
                nieuw.dimensies().stream().map(Dimensie::code).toList(), nieuw.werkzameElementen()));
        return Groepsopdracht.EIGEN + opdracht.id().orElseThrow();
    }

    private boolean eigenVanMij(String sleutel) {
        return eigen.findById(Long.parseLong(sleutel.substring(Groepsopdracht.EIGEN.length())))
                .filter(o -> o.eigenaar().equals(toegang.gebruiker())).isPresent();
    }

    private List<KennisrecordSamenvatting> bibliotheek() {
        return kennisbank.lijst(new KennisFilter(Optional.of(KennisType.GROEPSOPDRACHT), Optional.empty()),
                Pageable.ofSize(500)).getContent();
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** Reads opdrachten from the kennisbank or the own-opdracht table, without access checks. */
    static final class OpdrachtLezer {

        private OpdrachtLezer() {}

        static Optional<Groepsopdracht> lees(String sleutel, KennisbankService kennisbank, EigenOpdrachtRepository eigen) {
            if (sleutel == null) {
                return Optional.empty();
            }
            if (sleutel.startsWith(Groepsopdracht.EIGEN)) {
                try {
                    return eigen.findById(Long.parseLong(sleutel.substring(Groepsopdracht.EIGEN.length())))
                            .map(OpdrachtLezer::van);
                } catch (NumberFormatException onbekend) {
                    return Optional.empty();
                }
            }
            return kennisbank.detail(sleutel).filter(d -> d.gegevens().type() == KennisType.GROEPSOPDRACHT)
                    .map(OpdrachtLezer::van);
        }

        static Groepsopdracht van(EigenOpdracht o) {
            return new Groepsopdracht(Groepsopdracht.EIGEN + o.id().orElseThrow(), o.titel(), o.doel(), o.instructie(),
                    o.eenvoudigeInstructie(), null, o.dimensies().stream().map(OpdrachtLezer::dimensie).toList(),
                    o.werkzameElementen(), true);
        }

        static Groepsopdracht van(KennisrecordDetail detail) {
            Map<String, String> secties = secties(detail.gegevens().inhoud());
            List<String> elementen = detail.verwijstNaar().getOrDefault(KennisType.WERKZAAM_ELEMENT, List.of()).stream()
                    .map(KennisrecordSamenvatting::slug).sorted(Comparator.naturalOrder()).toList();
            return new Groepsopdracht(detail.gegevens().slug(), detail.gegevens().titel(), secties.get("doel"),
                    secties.getOrDefault("instructie", detail.gegevens().samenvatting()),
                    secties.get("eenvoudige instructie"), secties.get("feedback in de groep"),
                    detail.gegevens().dimensies(), elementen, false);
        }

        private static Dimensie dimensie(String code) {
            for (Dimensie d : Dimensie.values()) {
                if (d.code().equals(code)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("onbekende dimensie " + code);
        }

        /** The Markdown body split by its level-2 headings, keyed by lower-case heading. */
        static Map<String, String> secties(String markdown) {
            Map<String, String> secties = new LinkedHashMap<>();
            String kop = null;
            StringBuilder tekst = new StringBuilder();
            for (String regel : markdown.split("\n", -1)) {
                if (regel.startsWith("## ")) {
                    if (kop != null) {
                        secties.put(kop, tekst.toString().strip());
                    }
                    kop = regel.substring(3).strip().toLowerCase(Locale.ROOT);
                    tekst.setLength(0);
                } else if (kop != null) {
                    tekst.append(regel).append('\n');
                }
            }
            if (kop != null) {
                secties.put(kop, tekst.toString().strip());
            }
            return secties;
        }
    }
}
