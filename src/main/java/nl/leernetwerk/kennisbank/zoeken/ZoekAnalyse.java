package nl.leernetwerk.kennisbank.zoeken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What Dutch analysis is made of, read once: analyzer names, the compound word list, stem
 * overrides, stop words and the synonyms of {@code content/synoniemen.txt}. Both the Lucene and
 * the Elasticsearch definitions are built from this, so the two backends analyse alike.
 */
@Component
public class ZoekAnalyse {

    /** Index analyzer for Dutch text: stems, and the parts of compound words as well. */
    public static final String NEDERLANDS = "nederlands";
    /**
     * Query analyzer: stems and synonyms, no compound splitting (a query for "zelfvertrouwen" must not
     * become one for "vertrouwen"; a query for "vertrouwen" finds "zelfvertrouwen" through the index).
     */
    public static final String NEDERLANDS_ZOEKEN = "nederlands_zoeken";
    /** Query analyzer for the words exactly as typed: stems only. */
    public static final String NEDERLANDS_WOORDEN = "nederlands_woorden";
    /** Index analyzer for search-as-you-type on titles: word beginnings. */
    public static final String BEGIN = "woordbegin";
    /** Query analyzer for {@link #BEGIN}. */
    public static final String BEGIN_ZOEKEN = "woordbegin_zoeken";
    /** Normalizer for sorting and exact keywords. */
    public static final String SORTEER = "sorteer";

    /** A hyphen between letters joins the parts: re-integratie, reintegratie and reïntegratie become one word. */
    static final Pattern KOPPELTEKEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    static final int KLEINSTE_DEELWOORD = 4;
    static final int KLEINSTE_SAMENSTELLING = 8;
    static final int GROOTSTE_DEELWOORD = 30;
    static final int GROOTSTE_WOORDBEGIN = 20;

    private final List<String> samenstellingen;
    private final Map<String, String> stamuitzonderingen;
    private final List<String> stopwoorden;
    private final List<List<String>> synoniemen;

    ZoekAnalyse(@Value("${leernetwerk.content.dir}") Path inhoud) {
        this.samenstellingen = regels(bron("/zoeken/samenstellingen.txt"));
        this.stamuitzonderingen = new LinkedHashMap<>();
        for (String regel : regels(bron("/zoeken/stamuitzonderingen.txt"))) {
            String[] delen = regel.split("\\s*=>\\s*");
            stamuitzonderingen.put(delen[0], delen[1]);
        }
        this.stopwoorden = DutchAnalyzer.getDefaultStopSet().stream()
                .map(w -> new String((char[]) w)).sorted().toList();
        this.synoniemen = leesSynoniemen(inhoud.resolve("synoniemen.txt"));
    }

    /** Lowercase, without diacritics and with hyphens between letters removed, as the analyzers see words. */
    public static String normaliseer(String tekst) {
        String zonderTekens = Normalizer.normalize(tekst, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return KOPPELTEKEN.matcher(zonderTekens.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The words of a query as a person typed them (split on white space), without those that analysis
     * drops entirely (stop words, signs): each is one word a hit should contain.
     */
    public List<String> zoekwoorden(String tekst) {
        List<String> woorden = new ArrayList<>();
        for (String woord : tekst.strip().split("\\s+")) {
            for (String deel : normaliseer(woord).split("[^\\p{L}\\p{N}]+")) {
                if (!deel.isEmpty() && !stopwoorden.contains(deel)) {
                    woorden.add(woord);
                    break;
                }
            }
        }
        return woorden;
    }

    private static List<List<String>> leesSynoniemen(Path bestand) {
        if (!Files.isRegularFile(bestand)) {
            return List.of();
        }
        try {
            List<List<String>> groepen = new ArrayList<>();
            for (String regel : regels(Files.readString(bestand, StandardCharsets.UTF_8))) {
                List<String> termen = Arrays.stream(regel.split(","))
                        .map(ZoekAnalyse::normaliseer).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
                if (termen.size() > 1) {
                    groepen.add(termen);
                }
            }
            return List.copyOf(groepen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bron(String pad) {
        try (InputStream in = ZoekAnalyse.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("ontbrekende resource " + pad);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> regels(String tekst) {
        return tekst.lines().map(String::strip).filter(r -> !r.isEmpty() && !r.startsWith("#")).toList();
    }

    List<String> samenstellingen() {
        return samenstellingen;
    }

    Map<String, String> stamuitzonderingen() {
        return stamuitzonderingen;
    }

    List<String> stopwoorden() {
        return stopwoorden;
    }

    /** Groups of equivalent terms, normalised; a term may have several words. */
    List<List<String>> synoniemen() {
        return synoniemen;
    }
}
