package nl.leernetwerk.kennisbank;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a knowledge record says, as in its content file: what the importer reads, the
 * exporter writes and the database stores. Links name other records by slug.
 *
 * @param verwijzingen slugs of linked records (werkzame elementen, motivatietechnieken, groepsopdrachten)
 */
public record KennisrecordGegevens(
        KennisType type,
        String slug,
        String titel,
        String samenvatting,
        Bewijsniveau bewijsniveau,
        LocalDate reviewDatum,
        String organisatie,
        String regio,
        String cluster,
        String auteurs,
        String uitgever,
        Integer jaar,
        String bestand,
        List<String> themas,
        List<String> doelgroep,
        List<Integer> treden,
        List<Dimensie> dimensies,
        List<Kennisbron> kennisbronnen,
        List<String> verwijzingen,
        List<BronVerwijzing> bronnen,
        String inhoud) {

    /** A source a record relies on, and where in it the facts are. */
    public record BronVerwijzing(String bron, String plaats) {}

    /** The same record under another slug. */
    public KennisrecordGegevens metSlug(String anderSlug) {
        return new KennisrecordGegevens(type, anderSlug, titel, samenvatting, bewijsniveau, reviewDatum, organisatie,
                regio, cluster, auteurs, uitgever, jaar, bestand, themas, doelgroep, treden, dimensies, kennisbronnen,
                verwijzingen, bronnen, inhoud);
    }

    public KennisrecordGegevens {
        Objects.requireNonNull(type);
        Objects.requireNonNull(slug);
        Objects.requireNonNull(titel);
        themas = List.copyOf(themas);
        doelgroep = List.copyOf(doelgroep);
        treden = List.copyOf(treden);
        dimensies = List.copyOf(dimensies);
        kennisbronnen = List.copyOf(kennisbronnen);
        verwijzingen = List.copyOf(verwijzingen);
        bronnen = List.copyOf(bronnen);
        inhoud = inhoud == null ? "" : inhoud;
    }
}
