package nl.leernetwerk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.inhoud.InhoudBestanden;

/**
 * A synthetic kennisbank modelled on the real {@code content/}: every synthetic record takes a real
 * record of its type as template for its structure (sections, list items, paragraph lengths, number of
 * sentences in the summary), facets (themas, doelgroep, treden, bewijsniveau, ...) and links, and
 * fills it with Dutch text from a word-bigram model of the real records, with terms of
 * {@code synoniemen.txt} mixed in. So lengths, term frequencies and facet distributions follow the
 * real content, and links point to real werkzame elementen and bronnen as well as to synthetic ones.
 * Deterministic for a seed; records only link to records generated before them.
 */
public final class SynthetischeKennisbank {

    /**
     * How a large kennisbank is made up: mostly cases; werkzame elementen are a curated evidence synthesis
     * that grows slowly (1 %: ~1 100 at 100 000 records), sources a little faster (3 %).
     */
    private static final Map<KennisType, Double> AANDEEL = new EnumMap<>(Map.of(
            KennisType.PRAKTIJKVOORBEELD, 0.66, KennisType.GROEPSOPDRACHT, 0.12, KennisType.TRAINING, 0.08,
            KennisType.MOTIVATIETECHNIEK, 0.10, KennisType.WERKZAAM_ELEMENT, 0.01, KennisType.BRON, 0.03));

    /** Municipalities beyond the real records' regions, for a national leernetwerk. */
    private static final List<String> MEER_REGIOS = List.of("Amsterdam", "Rotterdam", "Den Haag", "Utrecht",
            "Eindhoven", "Groningen", "Nijmegen", "Arnhem", "Breda", "Apeldoorn", "Haarlem", "Zoetermeer",
            "Lelystad", "Maastricht", "Dordrecht", "Leiden", "Amersfoort", "Deventer", "Delft", "Alkmaar",
            "Venlo", "Emmen", "Westland", "Hoorn", "Purmerend", "Roosendaal", "Schiedam", "Vlaardingen",
            "Almelo", "Gouda", "Assen", "Veenendaal", "Den Helder", "Heerlen", "Kerkrade", "Oss", "Zeist",
            "Hilversum", "Middelburg", "Vlissingen", "Terneuzen", "Drachten", "Sneek", "Meppel", "Hoogeveen");

    private static final Pattern REGELVERWIJZING = Pattern.compile("\\s*\\((?:bron: )?r\\.[^)]*\\)");
    private static final Pattern LIJSTITEM = Pattern.compile("^(\\s*(?:[-*]|\\d+\\.)\\s+)(.*)$");
    private static final String EINDE = "";

    private final Random random;
    private final List<KennisrecordGegevens> echt;
    private final Map<KennisType, List<KennisrecordGegevens>> sjablonen = new EnumMap<>(KennisType.class);
    private final Map<String, KennisType> typeVan = new HashMap<>();
    private final Map<KennisType, List<String>> synthetisch = new EnumMap<>(KennisType.class);
    private final Map<String, List<String>> volgende = new HashMap<>();
    private final List<String> begin = new ArrayList<>();
    private final List<String> synoniemen = new ArrayList<>();
    private final List<String> themas = new ArrayList<>();
    private final List<String> regios = new ArrayList<>();
    private int volgnummer;

    public SynthetischeKennisbank(List<KennisrecordGegevens> echt, List<String> synoniemRegels, long seed) {
        this.random = new Random(seed);
        this.echt = List.copyOf(echt);
        for (KennisType type : KennisType.values()) {
            synthetisch.put(type, new ArrayList<>());
        }
        for (KennisrecordGegevens record : echt) {
            sjablonen.computeIfAbsent(record.type(), t -> new ArrayList<>()).add(record);
            typeVan.put(record.slug(), record.type());
            themas.addAll(record.themas());
            if (record.regio() != null) {
                regios.add(record.regio());
            }
            leer(record.titel());
            leer(record.samenvatting());
            leer(record.inhoud());
        }
        if (!sjablonen.keySet().containsAll(AANDEEL.keySet())) {
            throw new IllegalArgumentException("de echte inhoud moet elk gegenereerd type bevatten, heeft " + sjablonen.keySet());
        }
        regios.addAll(MEER_REGIOS);
        for (String regel : synoniemRegels) {
            if (!regel.isBlank() && !regel.startsWith("#")) {
                for (String term : regel.split(",")) {
                    synoniemen.add(term.strip());
                }
            }
        }
    }

    /** The model of the records in a content folder and its {@code synoniemen.txt}. */
    public static SynthetischeKennisbank uit(Path contentMap, long seed) {
        Path synoniemen = contentMap.resolve("synoniemen.txt");
        try {
            List<String> regels = Files.exists(synoniemen) ? Files.readAllLines(synoniemen, StandardCharsets.UTF_8) : List.of();
            return new SynthetischeKennisbank(InhoudBestanden.lees(contentMap), regels, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<KennisrecordGegevens> echteRecords() {
        return echt;
    }

    /** The type of a real or generated record. */
    public KennisType typeVan(String slug) {
        return typeVan.get(slug);
    }

    /** The words of the real records (lowercase, at least 5 letters), for query logs. */
    public List<String> woorden() {
        return volgende.keySet().stream().filter(w -> w.length() >= 5 && w.chars().allMatch(Character::isLetter))
                .sorted().toList();
    }

    public List<String> synoniemen() {
        return List.copyOf(synoniemen);
    }

    /** The next synthetic record. */
    public KennisrecordGegevens volgende() {
        KennisType type = kiesType();
        List<KennisrecordGegevens> kandidaten = sjablonen.get(type);
        KennisrecordGegevens sjabloon = kandidaten.get(random.nextInt(kandidaten.size()));
        String titel = titel();
        String slug = slug(titel, ++volgnummer);
        String regio = sjabloon.regio() == null ? null : regios.get(random.nextInt(regios.size()));
        String organisatie = sjabloon.organisatie() == null ? null
                : regio != null && random.nextBoolean() ? "Gemeente " + regio : sjabloon.organisatie();
        KennisrecordGegevens record = new KennisrecordGegevens(type, slug, titel,
                sjabloon.samenvatting() == null ? null : samenvatting(sjabloon.samenvatting()),
                sjabloon.bewijsniveau(), sjabloon.reviewDatum(), organisatie, regio, sjabloon.cluster(),
                sjabloon.auteurs(), sjabloon.uitgever(),
                sjabloon.jaar() == null ? null : sjabloon.jaar() - random.nextInt(12), null,
                themas(sjabloon.themas()), sjabloon.doelgroep(), sjabloon.treden(), sjabloon.dimensies(),
                sjabloon.kennisbronnen(), verwijzingen(sjabloon.verwijzingen()), bronnen(sjabloon.bronnen()),
                inhoud(sjabloon.inhoud()));
        typeVan.put(slug, type);
        synthetisch.get(type).add(slug);
        return record;
    }

    private KennisType kiesType() {
        double r = random.nextDouble();
        for (Map.Entry<KennisType, Double> aandeel : AANDEEL.entrySet()) {
            r -= aandeel.getValue();
            if (r < 0) {
                return aandeel.getKey();
            }
        }
        return KennisType.PRAKTIJKVOORBEELD;
    }

    private List<String> themas(List<String> vanSjabloon) {
        LinkedHashSet<String> uit = new LinkedHashSet<>(vanSjabloon);
        if (!themas.isEmpty() && random.nextDouble() < 0.3) {
            if (!uit.isEmpty()) {
                uit.remove(uit.iterator().next());
            }
            uit.add(themas.get(random.nextInt(themas.size())));
        }
        return List.copyOf(uit);
    }

    /** The template's links; three in ten go to a synthetic record of the same type instead. */
    private List<String> verwijzingen(List<String> vanSjabloon) {
        LinkedHashSet<String> uit = new LinkedHashSet<>();
        for (String slug : vanSjabloon) {
            uit.add(anderDan(slug, typeVan.get(slug)));
        }
        return List.copyOf(uit);
    }

    private List<KennisrecordGegevens.BronVerwijzing> bronnen(List<KennisrecordGegevens.BronVerwijzing> vanSjabloon) {
        Map<String, KennisrecordGegevens.BronVerwijzing> uit = new java.util.LinkedHashMap<>();
        for (KennisrecordGegevens.BronVerwijzing bron : vanSjabloon) {
            String slug = anderDan(bron.bron(), KennisType.BRON);
            uit.putIfAbsent(slug, new KennisrecordGegevens.BronVerwijzing(slug, bron.plaats()));
        }
        return List.copyOf(uit.values());
    }

    private String anderDan(String slug, KennisType type) {
        List<String> pool = synthetisch.get(type);
        return pool.isEmpty() || random.nextDouble() >= 0.3 ? slug : pool.get(random.nextInt(pool.size()));
    }

    // --- text ---

    private void leer(String tekst) {
        if (tekst == null) {
            return;
        }
        for (String regel : tekst.split("\n")) {
            String schoon = REGELVERWIJZING.matcher(regel.strip()).replaceAll("");
            if (schoon.startsWith("#") || schoon.isBlank()) {
                continue;
            }
            Matcher lijst = LIJSTITEM.matcher(schoon);
            if (lijst.matches()) {
                schoon = lijst.group(2);
            }
            for (String zin : schoon.split("(?<=[.!?])\\s+")) {
                String vorige = null;
                for (String ruw : zin.split("\\s+")) {
                    String woord = ruw.replaceAll("[*_`\"“”]", "").toLowerCase(Locale.ROOT);
                    if (woord.isEmpty()) {
                        continue;
                    }
                    if (vorige == null) {
                        begin.add(woord);
                    } else {
                        volgende.computeIfAbsent(vorige, w -> new ArrayList<>()).add(woord);
                    }
                    vorige = woord;
                }
                if (vorige != null) {
                    volgende.computeIfAbsent(vorige, w -> new ArrayList<>()).add(EINDE);
                }
            }
        }
    }

    /** A sentence from the bigram model, 4 to 40 words, capitalised and ending in a full stop. */
    private String zin() {
        List<String> woorden = new ArrayList<>();
        String woord = begin.get(random.nextInt(begin.size()));
        while (woorden.size() < 40) {
            woorden.add(random.nextDouble() < 0.03 && !synoniemen.isEmpty()
                    ? synoniemen.get(random.nextInt(synoniemen.size())) : woord);
            List<String> opties = volgende.getOrDefault(woord, List.of(EINDE));
            String volgend = opties.get(random.nextInt(opties.size()));
            if (volgend.equals(EINDE) && woorden.size() < 4) {
                volgend = opties.get(random.nextInt(opties.size()));
            }
            if (volgend.equals(EINDE)) {
                break;
            }
            woord = volgend;
        }
        String zin = String.join(" ", woorden).replaceAll("[.,;:!?]+$", "");
        return Character.toUpperCase(zin.charAt(0)) + zin.substring(1) + ".";
    }

    private String titel() {
        String[] woorden = zin().replaceAll("[.,;:!?()]", "").split(" ");
        int lengte = Math.min(woorden.length, 2 + random.nextInt(6));
        String titel = String.join(" ", java.util.Arrays.copyOf(woorden, lengte));
        return titel.length() > 200 ? titel.substring(0, 200).strip() : titel;
    }

    private static String slug(String titel, int nummer) {
        String slug = Normalizer.normalize(titel, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "record" : slug) + "-s" + nummer;
    }

    private String samenvatting(String vanSjabloon) {
        int zinnen = Math.max(1, vanSjabloon.split("(?<=[.!?])\\s+").length);
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < zinnen; i++) {
            String zin = zin();
            if (uit.length() + zin.length() + 1 > 1000) {
                break;
            }
            uit.append(i == 0 ? "" : " ").append(zin);
        }
        if (uit.isEmpty()) {
            String zin = zin();
            return zin.length() > 1000 ? zin.substring(0, 1000).strip() : zin;
        }
        return uit.toString();
    }

    /** The template's body with its headings kept and each paragraph or list item replaced by as many words. */
    private String inhoud(String vanSjabloon) {
        StringBuilder uit = new StringBuilder();
        for (String regel : vanSjabloon.split("\n", -1)) {
            if (regel.isBlank() || regel.startsWith("#")) {
                uit.append(regel).append('\n');
                continue;
            }
            Matcher lijst = LIJSTITEM.matcher(regel);
            String voorvoegsel = lijst.matches() ? lijst.group(1) : "";
            int doel = (int) (REGELVERWIJZING.matcher(regel).replaceAll("").split("\\s+").length
                    * (0.8 + 0.4 * random.nextDouble()));
            StringBuilder alinea = new StringBuilder();
            int woorden = 0;
            while (woorden < Math.max(3, doel)) {
                String zin = zin();
                alinea.append(alinea.isEmpty() ? "" : " ").append(zin);
                woorden += zin.split(" ").length;
            }
            if (REGELVERWIJZING.matcher(regel).find()) {
                int van = 100 + random.nextInt(9000);
                alinea.append(" (r. ").append(van).append('–').append(van + random.nextInt(80)).append(')');
            }
            uit.append(voorvoegsel).append(alinea).append('\n');
        }
        return uit.toString().strip();
    }
}
