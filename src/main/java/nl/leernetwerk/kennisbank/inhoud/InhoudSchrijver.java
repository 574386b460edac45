package nl.leernetwerk.kennisbank.inhoud;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.Kennisbron;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import org.springframework.stereotype.Component;

/** Writes a record as a content file, in the canonical key order of {@link InhoudSchema}. */
@Component
class InhoudSchrijver {

    /** @param typeVan the type of a linked record, to put each link under its key */
    String schrijf(KennisrecordGegevens g, Function<String, KennisType> typeVan) {
        StringBuilder uit = new StringBuilder("---\n");
        for (String sleutel : InhoudSchema.sleutels(g.type())) {
            switch (sleutel) {
                case InhoudSchema.TYPE -> regel(uit, sleutel, g.type().code());
                case InhoudSchema.ID -> regel(uit, sleutel, g.slug());
                case InhoudSchema.TITEL -> tekst(uit, sleutel, g.titel());
                case InhoudSchema.SAMENVATTING -> tekst(uit, sleutel, g.samenvatting());
                case InhoudSchema.ORGANISATIE -> tekst(uit, sleutel, g.organisatie());
                case InhoudSchema.REGIO -> tekst(uit, sleutel, g.regio());
                case InhoudSchema.CLUSTER -> tekst(uit, sleutel, g.cluster());
                case InhoudSchema.AUTEURS -> tekst(uit, sleutel, g.auteurs());
                case InhoudSchema.UITGEVER -> tekst(uit, sleutel, g.uitgever());
                case InhoudSchema.BESTAND -> tekst(uit, sleutel, g.bestand());
                case InhoudSchema.JAAR -> {
                    if (g.jaar() != null) {
                        regel(uit, sleutel, g.jaar().toString());
                    }
                }
                case InhoudSchema.DOELGROEP -> lijst(uit, sleutel, g.doelgroep());
                case InhoudSchema.THEMAS -> lijst(uit, sleutel, g.themas());
                case InhoudSchema.TREDEN -> lijst(uit, sleutel, g.treden().stream().map(String::valueOf).toList());
                case InhoudSchema.DIMENSIES -> lijst(uit, sleutel, g.dimensies().stream().map(Dimensie::code).toList());
                case InhoudSchema.KENNISBRON -> lijst(uit, sleutel, g.kennisbronnen().stream().map(Kennisbron::code).toList());
                case InhoudSchema.BEWIJSNIVEAU -> {
                    if (g.bewijsniveau() != null) {
                        regel(uit, sleutel, g.bewijsniveau().code());
                    }
                }
                case InhoudSchema.REVIEW_DATUM -> {
                    if (g.reviewDatum() != null) {
                        regel(uit, sleutel, g.reviewDatum().toString());
                    }
                }
                case InhoudSchema.BRONNEN -> bronnen(uit, g.bronnen());
                default -> lijst(uit, sleutel, g.verwijzingen().stream()
                        .filter(slug -> typeVan.apply(slug).map().equals(sleutel)).toList());
            }
        }
        return uit.append("---\n\n").append(g.inhoud()).append('\n').toString();
    }

    private static void regel(StringBuilder uit, String sleutel, String waarde) {
        uit.append(sleutel).append(": ").append(waarde).append('\n');
    }

    private static void tekst(StringBuilder uit, String sleutel, String waarde) {
        if (waarde != null) {
            regel(uit, sleutel, aanhalen(waarde));
        }
    }

    private static void lijst(StringBuilder uit, String sleutel, List<String> waarden) {
        if (!waarden.isEmpty()) {
            regel(uit, sleutel, waarden.stream().map(InhoudSchrijver::aanhalen).collect(Collectors.joining(", ", "[", "]")));
        }
    }

    private static void bronnen(StringBuilder uit, List<KennisrecordGegevens.BronVerwijzing> bronnen) {
        if (bronnen.isEmpty()) {
            return;
        }
        uit.append(InhoudSchema.BRONNEN).append(":\n");
        for (KennisrecordGegevens.BronVerwijzing bron : bronnen) {
            uit.append("  - bron: ").append(bron.bron()).append('\n');
            if (bron.plaats() != null) {
                uit.append("    plaats: ").append(aanhalen(bron.plaats())).append('\n');
            }
        }
    }

    /** A YAML double-quoted scalar; the JSON escapes used here are valid YAML. */
    private static String aanhalen(String waarde) {
        StringBuilder uit = new StringBuilder("\"");
        for (char c : waarde.toCharArray()) {
            switch (c) {
                case '"' -> uit.append("\\\"");
                case '\\' -> uit.append("\\\\");
                case '\n' -> uit.append("\\n");
                case '\t' -> uit.append("\\t");
                default -> {
                    if (c < 0x20) {
                        uit.append(String.format("\\x%02x", (int) c));
                    } else {
                        uit.append(c);
                    }
                }
            }
        }
        return uit.append('"').toString();
    }
}
