package nl.leernetwerk.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.GapKaart;
import nl.leernetwerk.kennisbank.KennisbankService;
import org.springframework.stereotype.Component;

/**
 * The kennisbank's werkzame elementen with their cluster and dimensions, read once and kept a
 * few minutes (the kennisbank changes by import, rarely).
 */
@Component
public class WerkzameElementen {

    /** An element; {@code trainerhandelen} when it describes what a trainer does in the group. */
    public record Element(String slug, String titel, String cluster, List<Dimensie> dimensies) {

        public boolean trainerhandelen() {
            return "trainerhandelen".equals(cluster);
        }
    }

    private static final Duration GELDIG = Duration.ofMinutes(5);

    private final KennisbankService kennisbank;
    private final Clock klok = Clock.systemUTC();
    private volatile Map<String, Element> elementen;
    private volatile Instant gelezenOp = Instant.MIN;

    WerkzameElementen(KennisbankService kennisbank) {
        this.kennisbank = kennisbank;
    }

    /** All elements by slug, ordered by cluster and title. */
    public Map<String, Element> alle() {
        if (elementen == null || gelezenOp.plus(GELDIG).isBefore(klok.instant())) {
            Map<String, Element> gelezen = new LinkedHashMap<>();
            for (GapKaart.Rij rij : kennisbank.gapKaart(GapKaart.As.TREDE).rijen()) {
                String slug = rij.element().slug();
                List<Dimensie> dimensies = kennisbank.detail(slug).map(d -> d.gegevens().dimensies()).orElse(List.of());
                gelezen.put(slug, new Element(slug, rij.element().titel(), rij.cluster(), dimensies));
            }
            elementen = gelezen;
            gelezenOp = klok.instant();
        }
        return elementen;
    }

    public String titel(String slug) {
        Element element = alle().get(slug);
        return element == null ? slug : element.titel();
    }
}
