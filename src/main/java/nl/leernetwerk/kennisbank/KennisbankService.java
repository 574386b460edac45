package nl.leernetwerk.kennisbank;

import java.util.stream.Stream;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.kennisbank.domain.Kennisrecord;
import nl.leernetwerk.kennisbank.domain.KennisrecordRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the kennisbank: browsing, detail pages with their links, and the evidence-and-gap map. */
@Service
@Transactional(readOnly = true)
public class KennisbankService {

    private static final Comparator<KennisrecordSamenvatting> OP_TITEL =
            Comparator.comparing(s -> s.titel().toLowerCase(Locale.ROOT));

    private final KennisrecordRepository records;

    KennisbankService(KennisrecordRepository records) {
        this.records = records;
    }

    /** A page of records; alphabetical unless the page asks for another order. */
    public Page<KennisrecordSamenvatting> lijst(KennisFilter filter, Pageable pagina) {
        Pageable geordend = pagina.getSort().isSorted() ? pagina
                : PageRequest.of(pagina.getPageNumber(), pagina.getPageSize(), Sort.by("titel"));
        return records.zoekOpTypeEnThema(filter.type().orElse(null), filter.thema().orElse(null), geordend)
                .map(KennisbankService::samenvatting);
    }

    public Map<KennisType, Long> aantalPerType() {
        Map<KennisType, Long> aantallen = new EnumMap<>(KennisType.class);
        for (KennisType type : KennisType.values()) {
            aantallen.put(type, 0L);
        }
        records.telPerType().forEach(rij -> aantallen.put((KennisType) rij[0], (Long) rij[1]));
        return aantallen;
    }

    public List<Telling> themas() {
        return records.telPerThema().stream().map(rij -> new Telling((String) rij[0], (Long) rij[1])).toList();
    }

    public Optional<KennisrecordDetail> detail(String slug) {
        return records.findBySlug(slug).map(record -> new KennisrecordDetail(
                record.gegevens(),
                perType(record.verwijzingen()),
                perType(new ArrayList<>(record.verwezenDoor()), records.gebruikersVanBron(record)),
                record.bronnen().stream()
                        .map(b -> new KennisrecordDetail.Bronvermelding(samenvatting(b.bron()), b.plaats()))
                        .toList()));
    }

    private static Map<KennisType, List<KennisrecordSamenvatting>> perType(List<Kennisrecord> lijst) {
        return perType(lijst, List.of());
    }

    private static Map<KennisType, List<KennisrecordSamenvatting>> perType(
            List<Kennisrecord> lijst, List<Kennisrecord> ook) {
        Map<KennisType, List<KennisrecordSamenvatting>> perType = new EnumMap<>(KennisType.class);
        Stream.concat(lijst.stream(), ook.stream()).distinct().map(KennisbankService::samenvatting)
                .forEach(s -> perType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s));
        perType.values().forEach(l -> l.sort(OP_TITEL));
        return perType;
    }

    public GapKaart gapKaart(GapKaart.As as) {
        List<Kennisrecord> voorbeelden = records.findByType(KennisType.PRAKTIJKVOORBEELD);
        Function<Kennisrecord, List<String>> kolommenVan = as == GapKaart.As.TREDE
                ? r -> r.treden().stream().map(String::valueOf).toList()
                : Kennisrecord::doelgroep;
        List<String> kolommen = as == GapKaart.As.TREDE
                ? List.of("1", "2", "3", "4", "5", "6")
                : List.copyOf(voorbeelden.stream().flatMap(r -> r.doelgroep().stream())
                        .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Map<String, List<KennisrecordSamenvatting>>> perElement = new LinkedHashMap<>();
        for (Kennisrecord voorbeeld : voorbeelden) {
            KennisrecordSamenvatting samenvatting = samenvatting(voorbeeld);
            for (Kennisrecord element : voorbeeld.verwijzingen()) {
                if (element.type() == KennisType.WERKZAAM_ELEMENT) {
                    for (String kolom : kolommenVan.apply(voorbeeld)) {
                        perElement.computeIfAbsent(element.slug(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(kolom, k -> new ArrayList<>()).add(samenvatting);
                    }
                }
            }
        }
        List<GapKaart.Rij> rijen = records.findByType(KennisType.WERKZAAM_ELEMENT).stream()
                .sorted(Comparator.comparing((Kennisrecord e) -> e.cluster() == null ? "" : e.cluster())
                        .thenComparing(e -> e.titel().toLowerCase(Locale.ROOT)))
                .map(e -> new GapKaart.Rij(samenvatting(e), e.cluster(),
                        perElement.getOrDefault(e.slug(), Map.of())))
                .toList();
        return new GapKaart(as, kolommen, rijen);
    }

    private static KennisrecordSamenvatting samenvatting(Kennisrecord record) {
        return new KennisrecordSamenvatting(record.slug(), record.type(), record.titel(), record.samenvatting(),
                record.bewijsniveau());
    }
}
