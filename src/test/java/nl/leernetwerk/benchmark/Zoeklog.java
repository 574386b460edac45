package nl.leernetwerk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import nl.leernetwerk.kennisbank.Facet;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.Zoekvraag;

/**
 * A fixed query log: the evaluation queries ({@code queries.tsv}) and queries drawn from the
 * kennisbank's own words and synonyms, some with a typo, a fifth with a facet filter, a few only
 * filters (browsing). The same log goes through the service, the REST API and the PostgreSQL baseline.
 */
final class Zoeklog {

    /** One search of the log. */
    record Zoekopdracht(String tekst, Map<Facet, Set<String>> filters) {

        Zoekvraag vraag() {
            return new Zoekvraag(tekst, filters, 0, 10);
        }

        /** As the query string of {@code GET /api/zoeken}. */
        String queryString() {
            StringJoiner uit = new StringJoiner("&");
            uit.add("q=" + URLEncoder.encode(tekst, StandardCharsets.UTF_8));
            filters.forEach((facet, waarden) -> waarden.forEach(
                    w -> uit.add(facet.parameter() + "=" + URLEncoder.encode(w, StandardCharsets.UTF_8))));
            return uit.toString();
        }
    }

    private Zoeklog() {}

    static List<Zoekopdracht> maak(Path queriesTsv, SynthetischeKennisbank model, int aantal, long seed) {
        Random random = new Random(seed);
        List<Zoekopdracht> log = new ArrayList<>();
        try {
            for (String regel : Files.readAllLines(queriesTsv, StandardCharsets.UTF_8)) {
                if (!regel.isBlank() && !regel.startsWith("#")) {
                    log.add(new Zoekopdracht(regel.split("\t")[0], Map.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> woorden = model.woorden();
        List<String> synoniemen = model.synoniemen();
        List<KennisrecordGegevens> echt = model.echteRecords();
        while (log.size() < aantal) {
            double soort = random.nextDouble();
            String tekst;
            if (soort < 0.04) {
                tekst = "";
            } else if (soort < 0.16) {
                tekst = synoniemen.get(random.nextInt(synoniemen.size()));
            } else if (soort < 0.26) {
                tekst = tikfout(woorden.get(random.nextInt(woorden.size())), random);
            } else {
                StringJoiner woordenVanVraag = new StringJoiner(" ");
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    woordenVanVraag.add(woorden.get(random.nextInt(woorden.size())));
                }
                tekst = woordenVanVraag.toString();
            }
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            if (tekst.isEmpty() || random.nextDouble() < 0.2) {
                KennisrecordGegevens voorbeeld = echt.get(random.nextInt(echt.size()));
                switch (random.nextInt(4)) {
                    case 0 -> filters.put(Facet.TYPE, Set.of(random.nextBoolean() ? KennisType.PRAKTIJKVOORBEELD.code()
                            : voorbeeld.type().code()));
                    case 1 -> eerste(voorbeeld.doelgroep()).ifPresent(d -> filters.put(Facet.DOELGROEP, Set.of(d)));
                    case 2 -> eerste(voorbeeld.themas()).ifPresent(t -> filters.put(Facet.THEMA, Set.of(t)));
                    default -> eerste(voorbeeld.treden()).ifPresent(t -> filters.put(Facet.TREDE, Set.of(t.toString())));
                }
                if (filters.isEmpty()) {
                    filters.put(Facet.TYPE, Set.of(KennisType.PRAKTIJKVOORBEELD.code()));
                }
            }
            log.add(new Zoekopdracht(tekst, filters));
        }
        return log;
    }

    private static <T> java.util.Optional<T> eerste(List<T> lijst) {
        return lijst.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(lijst.getFirst());
    }

    /** Two neighbouring letters swapped. */
    private static String tikfout(String woord, Random random) {
        int i = 1 + random.nextInt(woord.length() - 2);
        char[] letters = woord.toCharArray();
        char c = letters[i];
        letters[i] = letters[i + 1];
        letters[i + 1] = c;
        return new String(letters);
    }
}
