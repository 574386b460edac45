package nl.leernetwerk.leernetwerk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.leernetwerk.domain.Bijdrage;
import nl.leernetwerk.leernetwerk.domain.BijdrageRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions and their review. A member writes a concept (saved as they type) and submits it;
 * a redacteur takes it in review, returns it with feedback or approves it with a bewijsniveau
 * and review date. With {@code leernetwerk.review.goedkeuringen} approvals a praktijkvoorbeeld
 * is published as a kennisrecord, and only then is it visible to others and in search.
 * Every step that takes a {@code versie} refuses when someone else changed it in the meantime.
 */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
public class BijdrageService {

    private final BijdrageRepository bijdragen;
    private final BijdrageToegang toegang;
    private final RedactieService redactie;
    private final Melder melder;
    private final Gebruiker gebruiker;
    private final AuditLog auditLog;
    private final int goedkeuringen;
    private final Clock klok = Clock.systemUTC();

    BijdrageService(BijdrageRepository bijdragen, BijdrageToegang toegang, RedactieService redactie, Melder melder,
            Gebruiker gebruiker, AuditLog auditLog, @Value("${leernetwerk.review.goedkeuringen:1}") int goedkeuringen) {
        this.bijdragen = bijdragen;
        this.toegang = toegang;
        this.redactie = redactie;
        this.melder = melder;
        this.gebruiker = gebruiker;
        this.auditLog = auditLog;
        this.goedkeuringen = Math.max(1, goedkeuringen);
    }

    /** A new, empty concept of the current user. */
    @Transactional
    public long nieuw(BijdrageType type) {
        return bijdragen.save(new Bijdrage(type, gebruiker.naam(), klok.instant())).id().orElseThrow();
    }

    /** Empty when the current user may not see it. */
    @Transactional(readOnly = true)
    public Optional<BijdrageDetail> bijdrage(long id) {
        return bijdragen.findById(id).filter(toegang::magZien).map(BijdrageService::detail);
    }

    @Transactional(readOnly = true)
    public Page<BijdrageSamenvatting> mijnBijdragen(Pageable pagina) {
        return bijdragen.findByAuteurOrderByGewijzigdOpDesc(gebruiker.naam(), pagina).map(BijdrageService::samenvatting);
    }

    /** Lighter contributions shared with the network. */
    @Transactional(readOnly = true)
    public Page<BijdrageSamenvatting> gedeeld(Pageable pagina) {
        return bijdragen.gedeeld(pagina).map(BijdrageService::samenvatting);
    }

    /** Submitted and in review, oldest first. */
    @Transactional(readOnly = true)
    @Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
    public Page<BijdrageSamenvatting> teBeoordelen(Pageable pagina) {
        return bijdragen.findByStatusInOrderByGewijzigdOpAsc(List.of(BijdrageStatus.INGEDIEND, BijdrageStatus.IN_REVIEW),
                pagina).map(BijdrageService::samenvatting);
    }

    /** The author's draft, saved as they type. @return the new version */
    @Transactional
    public long bewaar(long id, BijdrageGegevens gegevens, long versie) {
        controleerLengte(gegevens);
        Bijdrage b = laad(id, versie);
        toegang.vanAuteur(b);
        b.bewerk(gegevens, klok.instant());
        bijdragen.flush();
        return b.version();
    }

    /** Submits for review; a lighter type is shared with the network at once. */
    @Transactional
    public void dienIn(long id, long versie) {
        Bijdrage b = laad(id, versie);
        toegang.vanAuteur(b);
        controleerCompleet(b);
        b.dienIn(klok.instant());
        auditLog.leg(b.type().isLicht() ? "bijdrage gedeeld" : "bijdrage ingediend", onderwerp(b));
    }

    @Transactional
    @Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
    public void neemInReview(long id, long versie) {
        Bijdrage b = laad(id, versie);
        b.neemInReview(klok.instant());
        auditLog.leg("bijdrage in review", onderwerp(b));
        melder.meld(b.auteur(), Teksten.nl("leernetwerk.melding.in-review", ReactieService.titel(b)), link(b));
    }

    @Transactional
    @Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
    public void stuurTerug(long id, long versie, String feedback) {
        if (feedback == null || feedback.isBlank()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.feedback");
        }
        Bijdrage b = laad(id, versie);
        b.stuurTerug(feedback.strip(), klok.instant());
        auditLog.leg("bijdrage teruggestuurd", onderwerp(b));
        melder.meld(b.auteur(), Teksten.nl("leernetwerk.melding.teruggestuurd", ReactieService.titel(b)), link(b));
    }

    /**
     * Approves with the bewijsniveau and review date; with enough approvals it is published.
     *
     * @return the slug of the published kennisrecord, once published
     * @throws nl.leernetwerk.kennisbank.OngeldigRecordException when it cannot be a valid record
     */
    @Transactional
    @Secured({Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER})
    public Optional<String> keurGoed(long id, long versie, Bewijsniveau bewijsniveau, LocalDate reviewDatum) {
        if (bewijsniveau == null || reviewDatum == null) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.beoordeling");
        }
        Bijdrage b = laad(id, versie);
        if (b.auteur().equals(gebruiker.naam())) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.eigen");
        }
        int aantal = b.keurGoed(gebruiker.naam(), bewijsniveau, reviewDatum, klok.instant());
        auditLog.leg("bijdrage goedgekeurd", onderwerp(b));
        if (aantal < goedkeuringen) {
            return Optional.empty();
        }
        String slug = redactie.publiceer(alsKennisrecord(b), Teksten.nl("revisie.omschrijving.bijdrage", b.auteur()));
        b.gepubliceerd(slug, klok.instant());
        auditLog.leg("bijdrage gepubliceerd", onderwerp(b) + " als kennisrecord:" + slug);
        melder.meld(b.auteur(), Teksten.nl("leernetwerk.melding.gepubliceerd", b.titel()), "kennisbank/" + slug);
        return Optional.of(slug);
    }

    public int benodigdeGoedkeuringen() {
        return goedkeuringen;
    }

    private Bijdrage laad(long id, long versie) {
        Bijdrage b = bijdragen.findById(id).orElseThrow();
        toegang.zichtbaar(b);
        if (b.version() != versie) {
            throw new ObjectOptimisticLockingFailureException(Bijdrage.class, id);
        }
        return b;
    }

    private static void controleerLengte(BijdrageGegevens g) {
        lengte("leernetwerk.bijdrage.titel", g.titel(), BijdrageGegevens.TITEL_MAX);
        lengte("leernetwerk.bijdrage.samenvatting", g.samenvatting(), BijdrageGegevens.SAMENVATTING_MAX);
        lengte("leernetwerk.bijdrage.organisatie", g.organisatie(), 300);
        lengte("leernetwerk.bijdrage.regio", g.regio(), 200);
        lengte("leernetwerk.bijdrage.doelgroep", String.join(",", g.doelgroep()), 1000);
        lengte("leernetwerk.bijdrage.themas", String.join(",", g.themas()), 1000);
        lengte("leernetwerk.bijdrage.werkzame-elementen", String.join(",", g.werkzameElementen()), 2000);
        if (g.treden().stream().anyMatch(t -> t < 1 || t > 6)) {
            throw new OngeldigeBijdrageException("inhoud.fout.trede", g.treden());
        }
    }

    private static void lengte(String veld, String waarde, int maximum) {
        if (waarde != null && waarde.strip().length() > maximum) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.te-lang", Teksten.nl(veld), waarde.strip().length(),
                    maximum);
        }
    }

    private static void controleerCompleet(Bijdrage b) {
        BijdrageGegevens g = b.gegevens();
        if (g.titel() == null) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.titel");
        }
        if (b.type().isLicht() ? g.tekst() == null : g.samenvatting() == null || g.aanpak() == null) {
            throw new OngeldigeBijdrageException(b.type().isLicht() ? "leernetwerk.bijdrage.fout.tekst" : "leernetwerk.bijdrage.fout.compleet");
        }
    }

    private static KennisrecordGegevens alsKennisrecord(Bijdrage b) {
        BijdrageGegevens g = b.gegevens();
        return new KennisrecordGegevens(KennisType.PRAKTIJKVOORBEELD, RedactieService.slugVan(g.titel()), g.titel(),
                g.samenvatting(), b.bewijsniveau(), b.reviewDatum(), g.organisatie(), g.regio(), null, null, null, null,
                null, g.themas(), g.doelgroep(), g.treden(), List.of(), List.of(), g.werkzameElementen(), List.of(),
                inhoud(g));
    }

    /** The body sections of a praktijkvoorbeeld, as in the content format. */
    private static String inhoud(BijdrageGegevens g) {
        List<String> delen = new ArrayList<>();
        sectie(delen, "Aanpak", g.aanpak());
        sectie(delen, "Wat werkt", g.watWerkt());
        sectie(delen, "Knelpunten", g.knelpunten());
        sectie(delen, "Resultaten", g.resultaten());
        return String.join("\n\n", delen);
    }

    private static void sectie(List<String> delen, String kop, String tekst) {
        if (tekst != null) {
            delen.add("## " + kop + "\n\n" + tekst);
        }
    }

    private static String onderwerp(Bijdrage b) {
        return "bijdrage:" + b.id().orElseThrow();
    }

    private static String link(Bijdrage b) {
        return "leernetwerk/bijdrage/" + b.id().orElseThrow();
    }

    static BijdrageDetail detail(Bijdrage b) {
        return new BijdrageDetail(b.id().orElseThrow(), b.version(), b.type(), b.status(), b.auteur(), b.gegevens(),
                b.feedback(), b.bewijsniveau(), b.reviewDatum(), b.goedgekeurdDoor(), b.kennisrecordSlug(),
                b.gewijzigdOp());
    }

    static BijdrageSamenvatting samenvatting(Bijdrage b) {
        return new BijdrageSamenvatting(b.id().orElseThrow(), b.type(), b.status(), ReactieService.titel(b), b.auteur(),
                b.gewijzigdOp());
    }
}
