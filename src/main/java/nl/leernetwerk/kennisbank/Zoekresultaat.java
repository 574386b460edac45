package nl.leernetwerk.kennisbank;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of search results with facet counts.
 *
 * @param bedoeldeU the query with unknown words replaced by the known words they most likely are typos of,
 *     e.g. "zelfvertrouwen" for "zelfvertrouwn"; the results already include matches for it
 */
public record Zoekresultaat(long totaal, List<Treffer> treffers, Map<Facet, List<FacetWaarde>> facetten,
        Optional<String> bedoeldeU) {

    /**
     * A value of a facet with its count.
     *
     * @param waarde the value as used in filters (a slug, a code, a trede)
     * @param label the title for linked records (werkzaam element, bron), else the value itself
     */
    public record FacetWaarde(String waarde, String label, long aantal) {}

    /**
     * A hit.
     *
     * @param fragmenten text passages with the matched words in {@code <em>}; HTML-escaped otherwise, safe to show
     */
    public record Treffer(KennisrecordSamenvatting record, List<String> fragmenten, float score) {}
}
