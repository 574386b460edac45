package nl.leernetwerk.leernetwerk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.BijeenkomstDetail;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.BijeenkomstSamenvatting;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.LeerpuntWeergave;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.Lid;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NetwerkDetail;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NetwerkSamenvatting;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NieuwLeerpunt;
import nl.leernetwerk.leernetwerk.domain.Bijdrage;
import nl.leernetwerk.leernetwerk.domain.BijdrageRepository;
import nl.leernetwerk.leernetwerk.domain.Leerpunt;
import nl.leernetwerk.leernetwerk.domain.LeerpuntRepository;
import nl.leernetwerk.leernetwerk.domain.Netwerk;
import nl.leernetwerk.leernetwerk.domain.NetwerkBijeenkomst;
import nl.leernetwerk.leernetwerk.domain.NetwerkBijeenkomstRepository;
import nl.leernetwerk.leernetwerk.domain.NetwerkRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional networks: members join and record their consent to be named with a quote; the
 * initiator or facilitator plans meetings and writes leerpunten from the contributions they come
 * from; the redactie publishes a leerpunt to the kennisbank, with its scope note.
 */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
public class NetwerkService {

    public static final int NAAM_MAX = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final NetwerkRepository netwerken;
    private final NetwerkBijeenkomstRepository bijeenkomsten;
    private final LeerpuntRepository leerpunten;
    private final BijdrageRepository bijdragen;
    private final RedactieService redactie;
    private final Gebruiker gebruiker;
    private final AuditLog auditLog;
    private final Citaten citaten;
    private final Clock klok = Clock.systemUTC();

    NetwerkService(NetwerkRepository netwerken, NetwerkBijeenkomstRepository bijeenkomsten,
            LeerpuntRepository leerpunten, BijdrageRepository bijdragen, RedactieService redactie, Gebruiker gebruiker,
            AuditLog auditLog, Citaten citaten) {
        this.citaten = citaten;
        this.netwerken = netwerken;
        this.bijeenkomsten = bijeenkomsten;
        this.leerpunten = leerpunten;
        this.bijdragen = bijdragen;
        this.redactie = redactie;
        this.gebruiker = gebruiker;
        this.auditLog = auditLog;
    }

    /** @param facilitator user name; blank: the current user */
    @Transactional
    public long maak(String naam, String regio, String facilitator) {
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.naam");
        }
        if (naam.strip().length() > NAAM_MAX || regio != null && regio.strip().length() > 200) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.te-lang");
        }
        if (netwerken.existsByNaamIgnoreCase(naam.strip())) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.bestaat", naam.strip());
        }
        String wie = facilitator == null || facilitator.isBlank() ? gebruiker.naam() : facilitator.strip();
        Netwerk netwerk = netwerken.save(new Netwerk(naam.strip(), regio == null || regio.isBlank() ? null : regio.strip(),
                gebruiker.naam(), wie, klok.instant()));
        auditLog.leg("netwerk gestart", "netwerk:" + netwerk.id().orElseThrow());
        return netwerk.id().orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<NetwerkSamenvatting> netwerken(Pageable pagina) {
        return netwerken.findAllByOrderByNaam(pagina).map(n -> new NetwerkSamenvatting(n.id().orElseThrow(), n.naam(),
                n.regio(), n.facilitator(), n.leden().size(), n.isLid(gebruiker.naam())));
    }

    @Transactional(readOnly = true)
    public Optional<NetwerkDetail> netwerk(long id) {
        String ik = gebruiker.naam();
        return netwerken.findById(id).map(n -> new NetwerkDetail(id, n.version(), n.naam(), n.regio(), n.initiator(),
                n.facilitator(), n.leden().stream().map(l -> new Lid(l.gebruikersnaam(), l.toestemmingOp().orElse(null)))
                        .toList(), n.isLid(ik), n.magLeiden(ik),
                n.lid(ik).flatMap(Netwerk.Lidmaatschap::toestemmingOp).isPresent(),
                bijeenkomsten.findByNetwerkOrderByDatumDesc(n).stream().map(NetwerkService::samenvatting).toList()));
    }

    @Transactional
    public void wordLid(long id) {
        netwerken.findById(id).orElseThrow().wordLid(gebruiker.naam());
    }

    @Transactional
    public void verlaat(long id) {
        Netwerk netwerk = netwerken.findById(id).orElseThrow();
        if (netwerk.magLeiden(gebruiker.naam())) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.leider-blijft");
        }
        netwerk.verlaat(gebruiker.naam());
        citaten.zonderToestemming(netwerk, gebruiker.naam());
    }

    /**
     * The current member's consent to be named with a quote in leerpunten; recorded with its moment and
     * audited. Withdrawn, the member's name goes out of the published leerpunten at once (same transaction).
     */
    @Transactional
    public void toestemming(long id, boolean gegeven) {
        Netwerk netwerk = netwerken.findById(id).orElseThrow();
        if (!netwerk.isLid(gebruiker.naam())) {
            throw new AccessDeniedException("geen lid van netwerk " + id);
        }
        netwerk.toestemming(gebruiker.naam(), gegeven, klok.instant());
        auditLog.leg(gegeven ? "toestemming citaat gegeven" : "toestemming citaat ingetrokken", "netwerk:" + id);
        if (!gegeven) {
            citaten.zonderToestemming(netwerk, gebruiker.naam());
        }
    }

    @Transactional
    public long planBijeenkomst(long netwerkId, long versie, LocalDate datum, Vorm vorm, String thema, String plaats) {
        Netwerk netwerk = leidbaar(netwerkId, versie);
        if (datum == null || vorm == null || thema == null || thema.isBlank()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijeenkomst.fout.verplicht");
        }
        if (thema.strip().length() > 200 || plaats != null && plaats.strip().length() > 200) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.te-lang");
        }
        return bijeenkomsten.save(new NetwerkBijeenkomst(netwerk, datum, vorm, thema.strip(),
                plaats == null || plaats.isBlank() ? null : plaats.strip())).id().orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<BijeenkomstDetail> bijeenkomst(long id) {
        String ik = gebruiker.naam();
        return bijeenkomsten.findById(id).map(b -> {
            Netwerk n = b.netwerk();
            Map<Long, Bijdrage> bronnen = bronnen(leerpunten.findByBijeenkomstOrderByIdAsc(b));
            return new BijeenkomstDetail(id, n.id().orElseThrow(), n.naam(), b.datum(), b.vorm(), b.thema(),
                    b.plaats(), n.magLeiden(ik), vragenOpen(b) && n.isLid(ik),
                    n.leden().stream().map(Netwerk.Lidmaatschap::gebruikersnaam).toList(),
                    leerpunten.findByBijeenkomstOrderByIdAsc(b).stream().map(l -> weergave(l, n, bronnen)).toList());
        });
    }

    /** Questions can be posted by members until the day of the meeting. */
    static boolean vragenOpen(NetwerkBijeenkomst b) {
        return !b.datum().isBefore(LocalDate.now(ZONE));
    }

    /** What a leerpunt can come from: published and shared contributions. */
    @Transactional(readOnly = true)
    public List<BijdrageSamenvatting> bronnenVoorLeerpunt() {
        return bijdragen.findByStatusOrderByGewijzigdOpDesc(BijdrageStatus.GEPUBLICEERD).stream()
                .map(BijdrageService::samenvatting).toList();
    }

    @Transactional
    public long schrijfLeerpunt(long bijeenkomstId, NieuwLeerpunt nieuw) {
        NetwerkBijeenkomst bijeenkomst = bijeenkomsten.findById(bijeenkomstId).orElseThrow();
        Netwerk netwerk = bijeenkomst.netwerk();
        if (!netwerk.magLeiden(gebruiker.naam())) {
            throw new AccessDeniedException("leidt netwerk " + netwerk.id().orElse(null) + " niet");
        }
        if (leeg(nieuw.titel()) || leeg(nieuw.tekst()) || leeg(nieuw.reikwijdte())) {
            throw new OngeldigeBijdrageException("leernetwerk.leerpunt.fout.verplicht");
        }
        if (nieuw.bijdragen().isEmpty()) {
            throw new OngeldigeBijdrageException("leernetwerk.leerpunt.fout.bronnen");
        }
        if (nieuw.titel().strip().length() > 200 || nieuw.reikwijdte().strip().length() > 1000
                || !leeg(nieuw.citaat()) && nieuw.citaat().strip().length() > 1000) {
            throw new OngeldigeBijdrageException("leernetwerk.netwerk.fout.te-lang");
        }
        List<Bijdrage> gevonden = bijdragen.findAllById(nieuw.bijdragen());
        if (gevonden.size() != new LinkedHashSet<>(nieuw.bijdragen()).size()
                || gevonden.stream().anyMatch(b -> b.status() != BijdrageStatus.GEPUBLICEERD)) {
            throw new OngeldigeBijdrageException("leernetwerk.leerpunt.fout.bronnen");
        }
        boolean metCitaat = !leeg(nieuw.citaat());
        if (metCitaat && (leeg(nieuw.citaatVan()) || !netwerk.isLid(nieuw.citaatVan().strip()))) {
            throw new OngeldigeBijdrageException("leernetwerk.leerpunt.fout.citaat");
        }
        Leerpunt leerpunt = leerpunten.save(new Leerpunt(bijeenkomst, nieuw.titel().strip(), nieuw.tekst().strip(),
                nieuw.reikwijdte().strip(), metCitaat ? nieuw.citaat().strip() : null,
                metCitaat ? nieuw.citaatVan().strip() : null, new LinkedHashSet<>(nieuw.bijdragen()), klok.instant()));
        return leerpunt.id().orElseThrow();
    }

    /** Publishes the leerpunt as a kennisrecord of type leerpunt; the quote is named only with consent. */
    @Transactional
    @Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
    public String publiceerLeerpunt(long leerpuntId) {
        Leerpunt leerpunt = leerpunten.findById(leerpuntId).orElseThrow();
        if (leerpunt.kennisrecordSlug() != null) {
            throw new OngeldigeBijdrageException("leernetwerk.leerpunt.fout.al-gepubliceerd");
        }
        NetwerkBijeenkomst b = leerpunt.bijeenkomst();
        Netwerk n = b.netwerk();
        LeerpuntWeergave w = weergave(leerpunt, n, bronnen(List.of(leerpunt)));
        StringBuilder inhoud = new StringBuilder("## Leerpunt\n\n").append(w.tekst())
                .append("\n\n## Reikwijdte\n\n").append(w.reikwijdte())
                .append("\n\n## Uit het netwerk\n\n")
                .append(Teksten.nl("leernetwerk.leerpunt.herkomst", n.naam(), b.datum().toString(), b.thema()))
                .append("\n\n");
        w.bijdragen().forEach(t -> inhoud.append("- ").append(t).append('\n'));
        if (w.citaat() != null) {
            inhoud.append("\n> ").append(w.citaat().replace("\n", "\n> ")).append("\n>\n")
                    .append(w.citaatVan() != null ? Citaten.regel(w.citaatVan()) : Citaten.anoniem())
                    .append('\n');
        }
        KennisrecordGegevens gegevens = new KennisrecordGegevens(KennisType.LEERPUNT, RedactieService.slugVan(w.titel()),
                w.titel(), w.reikwijdte().length() > 1000 ? w.reikwijdte().substring(0, 1000) : w.reikwijdte(),
                Bewijsniveau.ONGETOETST, LocalDate.now(ZONE), n.naam(), n.regio(), null, null, null, null, null,
                List.of(RedactieService.slugVan(b.thema())), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), inhoud.toString().strip());
        String slug = redactie.publiceer(gegevens, Teksten.nl("leernetwerk.leerpunt.gepubliceerd.revisie", n.naam()));
        leerpunt.gepubliceerd(slug);
        auditLog.leg("leerpunt gepubliceerd", "leerpunt:" + leerpuntId + " als kennisrecord:" + slug);
        return slug;
    }

    private Netwerk leidbaar(long netwerkId, long versie) {
        Netwerk netwerk = netwerken.findById(netwerkId).orElseThrow();
        if (!netwerk.magLeiden(gebruiker.naam())) {
            throw new AccessDeniedException("leidt netwerk " + netwerkId + " niet");
        }
        if (netwerk.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Netwerk.class, netwerkId);
        }
        return netwerk;
    }

    private Map<Long, Bijdrage> bronnen(List<Leerpunt> lijst) {
        List<Long> ids = lijst.stream().flatMap(l -> l.bijdragen().stream()).distinct().toList();
        return bijdragen.findAllById(ids).stream().collect(Collectors.toMap(b -> b.id().orElseThrow(), Function.identity()));
    }

    private static LeerpuntWeergave weergave(Leerpunt l, Netwerk n, Map<Long, Bijdrage> bronnen) {
        String van = l.citaatVan() != null && n.lid(l.citaatVan()).flatMap(Netwerk.Lidmaatschap::toestemmingOp).isPresent()
                ? l.citaatVan() : null;
        List<String> titels = new ArrayList<>();
        l.bijdragen().stream().map(bronnen::get).filter(java.util.Objects::nonNull)
                .forEach(b -> titels.add(ReactieService.titel(b)));
        return new LeerpuntWeergave(l.id().orElseThrow(), l.titel(), l.tekst(), l.reikwijdte(), l.citaat(), van, titels,
                l.kennisrecordSlug());
    }

    private static BijeenkomstSamenvatting samenvatting(NetwerkBijeenkomst b) {
        return new BijeenkomstSamenvatting(b.id().orElseThrow(), b.datum(), b.vorm(), b.thema(), b.plaats());
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
