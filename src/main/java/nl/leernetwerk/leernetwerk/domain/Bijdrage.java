package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.leernetwerk.BijdrageGegevens;
import nl.leernetwerk.leernetwerk.BijdrageStatus;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;

/**
 * A member's contribution and where it stands in the review. Lists (tags, slugs, treden) are
 * stored comma-separated: they are only ever read and written whole.
 */
@Entity
@Table(name = "bijdrage")
public class Bijdrage extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private BijdrageType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BijdrageStatus status;

    @Column(name = "auteur", nullable = false)
    private String auteur;

    @Column(name = "titel")
    private String titel;

    @Column(name = "samenvatting")
    private String samenvatting;

    @Column(name = "organisatie")
    private String organisatie;

    @Column(name = "regio")
    private String regio;

    @Column(name = "doelgroep")
    private String doelgroep;

    @Column(name = "treden")
    private String treden;

    @Column(name = "themas")
    private String themas;

    @Column(name = "werkzame_elementen")
    private String werkzameElementen;

    @Column(name = "aanpak")
    private String aanpak;

    @Column(name = "wat_werkt")
    private String watWerkt;

    @Column(name = "knelpunten")
    private String knelpunten;

    @Column(name = "resultaten")
    private String resultaten;

    @Column(name = "tekst")
    private String tekst;

    @Column(name = "feedback")
    private String feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "bewijsniveau")
    private Bewijsniveau bewijsniveau;

    @Column(name = "review_datum")
    private LocalDate reviewDatum;

    @Column(name = "kennisrecord_slug")
    private String kennisrecordSlug;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    @ElementCollection
    @CollectionTable(name = "bijdrage_goedkeuring", joinColumns = @JoinColumn(name = "bijdrage_id"))
    @Column(name = "redacteur")
    private Set<String> goedgekeurdDoor = new HashSet<>();

    protected Bijdrage() {}

    public Bijdrage(BijdrageType type, String auteur, Instant op) {
        this.type = type;
        this.auteur = auteur;
        this.status = BijdrageStatus.CONCEPT;
        this.aangemaaktOp = op;
        this.gewijzigdOp = op;
    }

    /** The author's edit; only while it is a concept or was returned. */
    public void bewerk(BijdrageGegevens g, Instant op) {
        if (!status.isBewerkbaar()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.niet-bewerkbaar");
        }
        titel = leegIsNull(g.titel());
        samenvatting = leegIsNull(g.samenvatting());
        organisatie = leegIsNull(g.organisatie());
        regio = leegIsNull(g.regio());
        doelgroep = samen(g.doelgroep());
        treden = samen(g.treden().stream().map(String::valueOf).toList());
        themas = samen(g.themas());
        werkzameElementen = samen(g.werkzameElementen());
        aanpak = leegIsNull(g.aanpak());
        watWerkt = leegIsNull(g.watWerkt());
        knelpunten = leegIsNull(g.knelpunten());
        resultaten = leegIsNull(g.resultaten());
        tekst = leegIsNull(g.tekst());
        gewijzigdOp = op;
    }

    public void dienIn(Instant op) {
        if (!status.isBewerkbaar()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.stap", status.name());
        }
        status = type.isLicht() ? BijdrageStatus.GEPUBLICEERD : BijdrageStatus.INGEDIEND;
        goedgekeurdDoor.clear();
        gewijzigdOp = op;
    }

    public void neemInReview(Instant op) {
        if (status != BijdrageStatus.INGEDIEND) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.stap", status.name());
        }
        status = BijdrageStatus.IN_REVIEW;
        gewijzigdOp = op;
    }

    public void stuurTerug(String feedback, Instant op) {
        if (!status.isInBehandeling()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.stap", status.name());
        }
        this.feedback = feedback;
        status = BijdrageStatus.TERUGGESTUURD;
        goedgekeurdDoor.clear();
        gewijzigdOp = op;
    }

    /** One approval per redacteur. @return the number of approvals now */
    public int keurGoed(String redacteur, Bewijsniveau niveau, LocalDate datum, Instant op) {
        if (!status.isInBehandeling()) {
            throw new OngeldigeBijdrageException("leernetwerk.bijdrage.fout.stap", status.name());
        }
        if (goedgekeurdDoor.contains(redacteur)) {
            throw new OngeldigeBijdrageException("ln2.review.fout.al-goedgekeurd");
        }
        status = BijdrageStatus.IN_REVIEW;
        bewijsniveau = niveau;
        reviewDatum = datum;
        goedgekeurdDoor.add(redacteur);
        gewijzigdOp = op;
        return goedgekeurdDoor.size();
    }

    public void gepubliceerd(String slug, Instant op) {
        status = BijdrageStatus.GEPUBLICEERD;
        kennisrecordSlug = slug;
        gewijzigdOp = op;
    }

    public BijdrageGegevens gegevens() {
        return new BijdrageGegevens(titel, samenvatting, organisatie, regio, lijst(doelgroep, Function.identity()),
                lijst(treden, Integer::valueOf), lijst(themas, Function.identity()),
                lijst(werkzameElementen, Function.identity()), aanpak, watWerkt, knelpunten, resultaten, tekst);
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    private static String samen(List<String> waarden) {
        return waarden.isEmpty() ? null : String.join(",", waarden);
    }

    private static <T> List<T> lijst(String waarde, Function<String, T> omzetten) {
        return waarde == null ? List.of() : Arrays.stream(waarde.split(",")).map(omzetten).toList();
    }

    public BijdrageType type() {
        return type;
    }

    public BijdrageStatus status() {
        return status;
    }

    public String auteur() {
        return auteur;
    }

    public String titel() {
        return titel;
    }

    public String feedback() {
        return feedback;
    }

    public Bewijsniveau bewijsniveau() {
        return bewijsniveau;
    }

    public LocalDate reviewDatum() {
        return reviewDatum;
    }

    public String kennisrecordSlug() {
        return kennisrecordSlug;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public List<String> goedgekeurdDoor() {
        return goedgekeurdDoor.stream().sorted().toList();
    }
}
