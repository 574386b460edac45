package nl.leernetwerk.leernetwerk;

import java.util.List;

/**
 * What the author writes: for a praktijkvoorbeeld the fields of the content format and its body
 * sections; for the lighter types a title and {@code tekst}. Lists are tags or slugs.
 */
public record BijdrageGegevens(
        String titel,
        String samenvatting,
        String organisatie,
        String regio,
        List<String> doelgroep,
        List<Integer> treden,
        List<String> themas,
        List<String> werkzameElementen,
        String aanpak,
        String watWerkt,
        String knelpunten,
        String resultaten,
        String tekst) {

    public static final int TITEL_MAX = 200;
    public static final int SAMENVATTING_MAX = 1000;

    public BijdrageGegevens {
        doelgroep = List.copyOf(doelgroep);
        treden = List.copyOf(treden);
        themas = List.copyOf(themas);
        werkzameElementen = List.copyOf(werkzameElementen);
    }

    public static BijdrageGegevens leeg() {
        return new BijdrageGegevens(null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null,
                null, null, null);
    }
}
