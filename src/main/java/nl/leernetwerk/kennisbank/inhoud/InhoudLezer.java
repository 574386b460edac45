package nl.leernetwerk.kennisbank.inhoud;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.Code;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.Kennisbron;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a content directory and checks every rule of the content format, reporting each
 * violation as {@code file:line: message}. Either every file is valid, or the caller gets all
 * the problems (as {@link OngeldigeInhoudException}) and nothing to import.
 */
@Component
class InhoudLezer {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String KOP = "---";

    /** The content of a directory, valid as a whole. */
    List<GelezenBestand> lees(Path map, Function<String, Optional<KennisType>> bestaandInDatabase) {
        if (!Files.isDirectory(map)) {
            throw new OngeldigeInhoudException(List.of(new InhoudFout(map.toString(), 0, "inhoud.fout.geen-map", map)));
        }
        List<InhoudFout> fouten = new ArrayList<>();
        List<GelezenBestand> gelezen = new ArrayList<>();
        for (Path pad : markdownBestanden(map)) {
            String naam = map.relativize(pad).toString();
            try {
                new Bestand(naam, Files.readString(pad, StandardCharsets.UTF_8), fouten).lees().ifPresent(gelezen::add);
            } catch (IOException e) {
                fouten.add(new InhoudFout(naam, 0, "inhoud.fout.leesfout", e.getMessage()));
            }
        }
        controleerSamenhang(gelezen, bestaandInDatabase, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInhoudException(fouten);
        }
        return gelezen;
    }

    /** One record as a content text (an edit in the app), checked by the same rules as a file. */
    GelezenBestand leesTekst(String naam, String tekst, Function<String, Optional<KennisType>> bestaandInDatabase) {
        List<InhoudFout> fouten = new ArrayList<>();
        List<GelezenBestand> gelezen = new ArrayList<>();
        new Bestand(naam, tekst, fouten).lees().ifPresent(gelezen::add);
        controleerSamenhang(gelezen, bestaandInDatabase, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInhoudException(fouten);
        }
        return gelezen.getFirst();
    }

    static String hash(String tekst) {
        return sha256(tekst.replace("\r\n", "\n"));
    }

    private static List<Path> markdownBestanden(Path map) {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new OngeldigeInhoudException(List.of(new InhoudFout(map.toString(), 0, "inhoud.fout.leesfout",
                    e.getMessage())));
        }
    }

    /** Ids unique over all files; every reference names an existing record of the right type. */
    private static void controleerSamenhang(List<GelezenBestand> gelezen,
            Function<String, Optional<KennisType>> bestaandInDatabase, List<InhoudFout> fouten) {
        Map<String, GelezenBestand> opSlug = new HashMap<>();
        for (GelezenBestand bestand : gelezen) {
            GelezenBestand eerder = opSlug.putIfAbsent(bestand.gegevens().slug(), bestand);
            if (eerder != null) {
                fouten.add(new InhoudFout(bestand.bestand(), bestand.idRegel(), "inhoud.fout.dubbele-id",
                        bestand.gegevens().slug(), eerder.bestand()));
            }
        }
        for (GelezenBestand bestand : gelezen) {
            for (GelezenBestand.Verwijzing verwijzing : bestand.verwijzingen()) {
                Optional<KennisType> doel = Optional.ofNullable(opSlug.get(verwijzing.slug()))
                        .map(b -> b.gegevens().type())
                        .or(() -> bestaandInDatabase.apply(verwijzing.slug()));
                if (doel.isEmpty()) {
                    fouten.add(new InhoudFout(bestand.bestand(), verwijzing.regel(), "inhoud.fout.verwijzing-onbekend",
                            verwijzing.sleutel(), verwijzing.slug()));
                } else if (doel.get() != verwijzing.verwachtType()) {
                    fouten.add(new InhoudFout(bestand.bestand(), verwijzing.regel(), "inhoud.fout.verwijzing-type",
                            verwijzing.sleutel(), verwijzing.slug(), doel.get().code(), verwijzing.verwachtType().code()));
                }
            }
        }
    }

    /** One file being read; collects its problems and returns a record only when it has none. */
    private static final class Bestand {

        private final String naam;
        private final String tekst;
        private final List<InhoudFout> fouten;
        private final List<GelezenBestand.Verwijzing> verwijzingen = new ArrayList<>();

        Bestand(String naam, String tekst, List<InhoudFout> fouten) {
            this.naam = naam;
            this.tekst = tekst.replace("\r\n", "\n");
            this.fouten = fouten;
        }

        Optional<GelezenBestand> lees() {
            List<String> regels = tekst.lines().toList();
            if (regels.isEmpty() || !regels.getFirst().strip().equals(KOP)) {
                return fout(1, "inhoud.fout.geen-kop");
            }
            int einde = -1;
            for (int i = 1; i < regels.size(); i++) {
                if (regels.get(i).strip().equals(KOP)) {
                    einde = i;
                    break;
                }
            }
            if (einde < 0) {
                return fout(1, "inhoud.fout.geen-kop");
            }
            String kop = String.join("\n", regels.subList(1, einde));
            String inhoud = String.join("\n", regels.subList(einde + 1, regels.size())).strip();
            Node wortel;
            try {
                LoaderOptions opties = new LoaderOptions();
                opties.setAllowDuplicateKeys(true); // reported below with the line, instead of a parser error
                wortel = new Yaml(opties).compose(new StringReader(kop));
            } catch (MarkedYAMLException e) {
                int regel = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
                return fout(regel, "inhoud.fout.yaml", e.getProblem());
            } catch (ReaderException e) {
                // a character YAML does not allow (e.g. a control character); found by fuzzing
                int regel = (int) kop.substring(0, Math.min(Math.max(e.getPosition(), 0), kop.length())).chars()
                        .filter(c -> c == '\n').count() + 2;
                return fout(regel, "inhoud.fout.yaml", e.getName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            } catch (YAMLException e) {
                return fout(2, "inhoud.fout.yaml", e.getMessage().lines().findFirst().orElse(""));
            }
            if (!(wortel instanceof MappingNode mapping)) {
                return fout(2, "inhoud.fout.geen-mapping");
            }
            return leesKop(mapping, inhoud);
        }

        private Optional<GelezenBestand> leesKop(MappingNode mapping, String inhoud) {
            Map<String, Node> waarden = new HashMap<>();
            Map<String, Integer> sleutelRegels = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String sleutel = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                if (waarden.putIfAbsent(sleutel, tuple.getValueNode()) != null) {
                    fout(regel(tuple.getKeyNode()), "inhoud.fout.dubbele-sleutel", sleutel);
                }
                sleutelRegels.putIfAbsent(sleutel, regel(tuple.getKeyNode()));
            }
            for (String verplicht : List.of(InhoudSchema.TYPE, InhoudSchema.ID, InhoudSchema.TITEL)) {
                if (!waarden.containsKey(verplicht) || tekst(waarden, verplicht).map(String::isBlank).orElse(true)) {
                    fout(sleutelRegels.getOrDefault(verplicht, 2), "inhoud.fout.verplicht", verplicht);
                }
            }
            Optional<KennisType> type = tekst(waarden, InhoudSchema.TYPE).flatMap(code -> {
                Optional<KennisType> gevonden = Code.van(KennisType.class, code);
                if (gevonden.isEmpty()) {
                    fout(sleutelRegels.get(InhoudSchema.TYPE), "inhoud.fout.onbekende-waarde", InhoudSchema.TYPE,
                            code, Arrays.stream(KennisType.values()).map(KennisType::code).collect(Collectors.joining(", ")));
                }
                return gevonden;
            });
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Set<String> toegestaan = InhoudSchema.sleutels(type.get());
            waarden.keySet().stream().filter(s -> !toegestaan.contains(s)).sorted().forEach(s ->
                    fout(sleutelRegels.get(s), "inhoud.fout.onbekende-sleutel", s, type.get().code(),
                            String.join(", ", toegestaan)));

            String slug = tekst(waarden, InhoudSchema.ID).orElse("");
            if (!slug.isBlank() && (!SLUG.matcher(slug).matches() || slug.length() > Kennisrecord.SLUG_MAX)) {
                fout(sleutelRegels.get(InhoudSchema.ID), "inhoud.fout.ongeldige-id", slug);
            }
            String titel = begrensd(waarden, InhoudSchema.TITEL, Kennisrecord.TITEL_MAX).orElse("");
            List<String> links = new ArrayList<>();
            for (KennisType linkType : InhoudSchema.LINK_TYPES) {
                for (Item item : lijst(waarden, linkType.map())) {
                    verwijzingen.add(new GelezenBestand.Verwijzing(linkType.map(), item.waarde(), linkType, item.regel()));
                    links.add(item.waarde());
                }
            }
            KennisrecordGegevens gegevens = new KennisrecordGegevens(
                    type.get(), slug, titel,
                    begrensd(waarden, InhoudSchema.SAMENVATTING, Kennisrecord.SAMENVATTING_MAX).orElse(null),
                    keuze(waarden, InhoudSchema.BEWIJSNIVEAU, Bewijsniveau.values(), Bewijsniveau::code).orElse(null),
                    datum(waarden, InhoudSchema.REVIEW_DATUM).orElse(null),
                    begrensd(waarden, InhoudSchema.ORGANISATIE, 300).orElse(null),
                    begrensd(waarden, InhoudSchema.REGIO, 200).orElse(null),
                    begrensd(waarden, InhoudSchema.CLUSTER, 200).orElse(null),
                    begrensd(waarden, InhoudSchema.AUTEURS, 500).orElse(null),
                    begrensd(waarden, InhoudSchema.UITGEVER, 300).orElse(null),
                    getal(waarden, InhoudSchema.JAAR).orElse(null),
                    begrensd(waarden, InhoudSchema.BESTAND, 200).orElse(null),
                    tags(waarden, InhoudSchema.THEMAS),
                    tags(waarden, InhoudSchema.DOELGROEP),
                    treden(waarden),
                    keuzes(waarden, InhoudSchema.DIMENSIES, Dimensie.values(), Dimensie::code),
                    keuzes(waarden, InhoudSchema.KENNISBRON, Kennisbron.values(), Kennisbron::code),
                    links,
                    bronnen(waarden),
                    inhoud);
            // returned even with problems, so that its id and references are checked against the other files
            return Optional.of(new GelezenBestand(naam, gegevens, sha256(tekst),
                    sleutelRegels.getOrDefault(InhoudSchema.ID, 2), List.copyOf(verwijzingen)));
        }

        private record Item(String waarde, int regel) {}

        private Optional<String> tekst(Map<String, Node> waarden, String sleutel) {
            Node node = waarden.get(sleutel);
            if (node == null || isLeeg(node)) {
                return Optional.empty();
            }
            if (node instanceof ScalarNode scalar) {
                return Optional.of(scalar.getValue().strip());
            }
            fout(regel(node), "inhoud.fout.tekst-verwacht", sleutel);
            return Optional.empty();
        }

        private Optional<String> begrensd(Map<String, Node> waarden, String sleutel, int maximum) {
            return tekst(waarden, sleutel).filter(waarde -> {
                if (waarde.length() > maximum) {
                    fout(regel(waarden.get(sleutel)), "inhoud.fout.te-lang", sleutel, waarde.length(), maximum);
                    return false;
                }
                return true;
            });
        }

        private Optional<Integer> getal(Map<String, Node> waarden, String sleutel) {
            return tekst(waarden, sleutel).flatMap(waarde -> {
                try {
                    return Optional.of(Integer.parseInt(waarde));
                } catch (NumberFormatException e) {
                    fout(regel(waarden.get(sleutel)), "inhoud.fout.getal", sleutel);
                    return Optional.empty();
                }
            });
        }

        private Optional<LocalDate> datum(Map<String, Node> waarden, String sleutel) {
            return tekst(waarden, sleutel).flatMap(waarde -> {
                try {
                    return Optional.of(LocalDate.parse(waarde));
                } catch (DateTimeParseException e) {
                    fout(regel(waarden.get(sleutel)), "inhoud.fout.datum", sleutel);
                    return Optional.empty();
                }
            });
        }

        private <E> Optional<E> keuze(Map<String, Node> waarden, String sleutel, E[] mogelijk, Function<E, String> code) {
            return tekst(waarden, sleutel).flatMap(waarde -> kies(waarde, sleutel, mogelijk, code, regel(waarden.get(sleutel))));
        }

        private <E> List<E> keuzes(Map<String, Node> waarden, String sleutel, E[] mogelijk, Function<E, String> code) {
            return lijst(waarden, sleutel).stream()
                    .flatMap(item -> kies(item.waarde(), sleutel, mogelijk, code, item.regel()).stream())
                    .toList();
        }

        private <E> Optional<E> kies(String waarde, String sleutel, E[] mogelijk, Function<E, String> code, int regel) {
            Optional<E> gevonden = Arrays.stream(mogelijk).filter(e -> code.apply(e).equals(waarde)).findFirst();
            if (gevonden.isEmpty()) {
                fout(regel, "inhoud.fout.onbekende-waarde", sleutel, waarde,
                        Arrays.stream(mogelijk).map(code).collect(Collectors.joining(", ")));
            }
            return gevonden;
        }

        private List<String> tags(Map<String, Node> waarden, String sleutel) {
            List<String> tags = lijst(waarden, sleutel).stream().map(Item::waarde).toList();
            Set<String> gezien = new HashSet<>();
            return tags.stream().filter(gezien::add).toList();
        }

        private List<Integer> treden(Map<String, Node> waarden) {
            List<Integer> treden = new ArrayList<>();
            for (Item item : lijst(waarden, InhoudSchema.TREDEN)) {
                try {
                    int trede = Integer.parseInt(item.waarde());
                    if (trede < 1 || trede > 6) {
                        throw new NumberFormatException();
                    }
                    treden.add(trede);
                } catch (NumberFormatException e) {
                    fout(item.regel(), "inhoud.fout.trede", item.waarde());
                }
            }
            return treden;
        }

        private List<Item> lijst(Map<String, Node> waarden, String sleutel) {
            Node node = waarden.get(sleutel);
            if (node == null || isLeeg(node)) {
                return List.of();
            }
            if (!(node instanceof SequenceNode reeks)) {
                fout(regel(node), "inhoud.fout.lijst-verwacht", sleutel);
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            for (Node element : reeks.getValue()) {
                if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    items.add(new Item(scalar.getValue().strip(), regel(element)));
                } else {
                    fout(regel(element), "inhoud.fout.tekst-verwacht", sleutel);
                }
            }
            return items;
        }

        private List<KennisrecordGegevens.BronVerwijzing> bronnen(Map<String, Node> waarden) {
            Node node = waarden.get(InhoudSchema.BRONNEN);
            if (node == null || isLeeg(node)) {
                return List.of();
            }
            if (!(node instanceof SequenceNode reeks)) {
                fout(regel(node), "inhoud.fout.bron");
                return List.of();
            }
            List<KennisrecordGegevens.BronVerwijzing> bronnen = new ArrayList<>();
            for (Node element : reeks.getValue()) {
                Map<String, Node> velden = new HashMap<>();
                if (element instanceof MappingNode map) {
                    // a key that is not plain text (e.g. a list) is reported below, not cast (found by fuzzing)
                    map.getValue().forEach(t -> velden.put(t.getKeyNode() instanceof ScalarNode s ? s.getValue()
                            : String.valueOf(t.getKeyNode().getNodeId()), t.getValueNode()));
                }
                if (!velden.containsKey(InhoudSchema.BRON) || !Set.of(InhoudSchema.BRON, InhoudSchema.PLAATS).containsAll(velden.keySet())) {
                    fout(regel(element), "inhoud.fout.bron");
                    continue;
                }
                Optional<String> bron = tekst(velden, InhoudSchema.BRON);
                bron.ifPresent(slug -> {
                    verwijzingen.add(new GelezenBestand.Verwijzing(InhoudSchema.BRONNEN, slug, KennisType.BRON,
                            regel(velden.get(InhoudSchema.BRON))));
                    bronnen.add(new KennisrecordGegevens.BronVerwijzing(slug,
                            begrensd(velden, InhoudSchema.PLAATS, 300).orElse(null)));
                });
            }
            return bronnen;
        }

        private static boolean isLeeg(Node node) {
            return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
        }

        /** The file line of a node: the header starts on the file's second line. */
        private static int regel(Node node) {
            return node.getStartMark().getLine() + 2;
        }

        private Optional<GelezenBestand> fout(int regel, String sleutel, Object... argumenten) {
            fouten.add(new InhoudFout(naam, regel, sleutel, argumenten));
            return Optional.empty();
        }
    }

    private static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
