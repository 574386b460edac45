package nl.leernetwerk.kennisbank;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search as a user or client asks it. The text may be anything a person types (quotes,
 * operators, control characters, 10 000 characters): it is cleaned here and never parsed as syntax.
 *
 * @param filters per facet the values of which a result must have one
 * @param pagina zero-based page
 */
public record Zoekvraag(String tekst, Map<Facet, Set<String>> filters, int pagina, int grootte) {

    public static final int MAX_TEKST = 500;
    public static final int MAX_GROOTTE = 100;

    public Zoekvraag {
        tekst = schoon(tekst);
        EnumMap<Facet, Set<String>> kopie = new EnumMap<>(Facet.class);
        filters.forEach((facet, waarden) -> {
            if (!waarden.isEmpty()) {
                kopie.put(facet, Set.copyOf(waarden));
            }
        });
        filters = Map.copyOf(kopie);
        pagina = Math.max(0, pagina);
        grootte = Math.clamp(grootte, 1, MAX_GROOTTE);
    }

    public static Zoekvraag van(String tekst) {
        return new Zoekvraag(tekst, Map.of(), 0, 10);
    }

    /** Control characters become spaces, runs of white space one space, and the text at most {@link #MAX_TEKST} long. */
    static String schoon(String tekst) {
        if (tekst == null) {
            return "";
        }
        String schoon = tekst.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        return schoon.length() > MAX_TEKST ? schoon.substring(0, MAX_TEKST).strip() : schoon;
    }
}
