package nl.leernetwerk.kennisbank.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leernetwerk.kennisbank.Facet;
import nl.leernetwerk.kennisbank.ZoekService;
import nl.leernetwerk.kennisbank.Zoekresultaat;
import nl.leernetwerk.kennisbank.Zoekvraag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Searching the published kennisbank over HTTP, with the same service and ranking as the search page. */
@RestController
class ZoekController {

    private final ZoekService zoekService;

    ZoekController(ZoekService zoekService) {
        this.zoekService = zoekService;
    }

    /** The JSON answer. */
    record Antwoord(long totaal, List<Resultaat> resultaten, Map<String, List<FacetWaarde>> facetten, String bedoeldeU) {}

    /** @param id the record's slug, as in its content file */
    record Resultaat(String type, String id, String titel, String samenvatting, List<String> fragmenten, float score,
            String url) {}

    record FacetWaarde(String waarde, String label, long aantal) {}

    @Operation(summary = "Zoek in de kennisbank",
            description = "Nederlandse zoekvraag met stamvormen, samenstellingen, synoniemen en tikfouten. Filters "
                    + "per facet (type, doelgroep, trede, thema, werkzaam-element, bewijsniveau, regio, bron) mogen "
                    + "meerdere keren voorkomen. Fragmenten zijn HTML-veilig met <em> rond de gevonden woorden.")
    @GetMapping("/api/zoeken")
    Antwoord zoek(@RequestParam(name = "q", defaultValue = "") String q,
            @Parameter(description = "Paginanummer, 1 is de eerste") @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @RequestParam(name = "grootte", defaultValue = "10") int grootte,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        parameters.forEach((naam, waarden) -> Facet.vanParameter(naam).ifPresent(f -> filters.put(f, Set.copyOf(waarden))));
        Zoekresultaat resultaat = zoekService.zoek(new Zoekvraag(q, filters, pagina - 1, grootte));
        Map<String, List<FacetWaarde>> facetten = new LinkedHashMap<>();
        resultaat.facetten().forEach((facet, waarden) -> facetten.put(facet.parameter(),
                waarden.stream().map(w -> new FacetWaarde(w.waarde(), w.label(), w.aantal())).toList()));
        return new Antwoord(resultaat.totaal(), resultaat.treffers().stream().map(t -> new Resultaat(
                        t.record().type().code(), t.record().slug(), t.record().titel(), t.record().samenvatting(),
                        t.fragmenten(), t.score(), "/kennisbank/" + t.record().slug())).toList(),
                facetten, resultaat.bedoeldeU().orElse(null));
    }
}
