package nl.leernetwerk.kennisbank.inhoud;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.stream.Stream;
import nl.leernetwerk.kennisbank.KennisType;

/** Which metadata keys each record type may use, in the order the exporter writes them. */
final class InhoudSchema {

    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITEL = "titel";
    static final String SAMENVATTING = "samenvatting";
    static final String ORGANISATIE = "organisatie";
    static final String REGIO = "regio";
    static final String DOELGROEP = "doelgroep";
    static final String TREDEN = "treden";
    static final String THEMAS = "themas";
    static final String CLUSTER = "cluster";
    static final String KENNISBRON = "kennisbron";
    static final String DIMENSIES = "dimensies";
    static final String AUTEURS = "auteurs";
    static final String UITGEVER = "uitgever";
    static final String JAAR = "jaar";
    static final String BESTAND = "bestand";
    static final String BEWIJSNIVEAU = "bewijsniveau";
    static final String REVIEW_DATUM = "review-datum";
    static final String BRONNEN = "bronnen";
    static final String BRON = "bron";
    static final String PLAATS = "plaats";

    /** Keys that link to other records; each is the folder name of the type it links to. */
    static final List<KennisType> LINK_TYPES =
            List.of(KennisType.WERKZAAM_ELEMENT, KennisType.MOTIVATIETECHNIEK, KennisType.GROEPSOPDRACHT);

    private static final List<String> VOLGORDE = List.of(TYPE, ID, TITEL, SAMENVATTING, ORGANISATIE, REGIO,
            DOELGROEP, TREDEN, THEMAS, CLUSTER, KENNISBRON, DIMENSIES, "werkzame-elementen", "motivatietechnieken",
            "groepsopdrachten", AUTEURS, UITGEVER, JAAR, BESTAND, BEWIJSNIVEAU, REVIEW_DATUM, BRONNEN);

    private static final List<String> ALGEMEEN =
            List.of(TYPE, ID, TITEL, SAMENVATTING, THEMAS, BEWIJSNIVEAU, REVIEW_DATUM, BRONNEN);

    private static final Map<KennisType, List<String>> EIGEN = Map.of(
            KennisType.PRAKTIJKVOORBEELD, List.of(ORGANISATIE, REGIO, DOELGROEP, TREDEN,
                    "werkzame-elementen", "motivatietechnieken"),
            KennisType.WERKZAAM_ELEMENT, List.of(CLUSTER, KENNISBRON, DIMENSIES),
            KennisType.MOTIVATIETECHNIEK, List.of(KENNISBRON, "werkzame-elementen"),
            KennisType.TRAINING, List.of(ORGANISATIE, DOELGROEP, TREDEN, DIMENSIES, "werkzame-elementen",
                    "motivatietechnieken", "groepsopdrachten"),
            KennisType.GROEPSOPDRACHT, List.of(DOELGROEP, DIMENSIES, "werkzame-elementen"),
            KennisType.BRON, List.of(AUTEURS, UITGEVER, JAAR, BESTAND),
            KennisType.LEERPUNT, List.of(ORGANISATIE, REGIO, DOELGROEP, "werkzame-elementen"));

    private InhoudSchema() {}

    /** The keys this type may use, in export order. */
    static SequencedSet<String> sleutels(KennisType type) {
        LinkedHashSet<String> toegestaan = new LinkedHashSet<>();
        Stream.concat(ALGEMEEN.stream(), EIGEN.get(type).stream()).forEach(toegestaan::add);
        LinkedHashSet<String> geordend = new LinkedHashSet<>();
        VOLGORDE.stream().filter(toegestaan::contains).forEach(geordend::add);
        return geordend;
    }
}
