package nl.leernetwerk.kennisbank.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import nl.leernetwerk.kennisbank.zoeken.ZoekAnalyse;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.kennisbank.Bewijsniveau;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.Kennisbron;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;

/**
 * A knowledge record of any {@link KennisType}. The six types share almost all their fields
 * and link to each other freely, so they are one entity; which keys a type may use is the
 * content schema's rule (docs/content-schema.md), enforced where content comes in.
 */
@Entity
@Table(name = "kennisrecord")
@Indexed(index = Kennisrecord.INDEX)
public class Kennisrecord extends AbstractEntity {

    public static final int SLUG_MAX = 120;
    public static final int TITEL_MAX = 200;
    public static final int SAMENVATTING_MAX = 1000;
    public static final String INDEX = "kennisrecord";

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLATTE_TEKST = TextContentRenderer.builder().build();
    /** Counts the records written through JPA in this application instance, for caches of the whole kennisbank. */
    private static final AtomicLong WIJZIGINGEN = new AtomicLong();

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "slug", nullable = false, length = SLUG_MAX)
    private String slug;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private KennisType type;

    @FullTextField(analyzer = ZoekAnalyse.NEDERLANDS, searchAnalyzer = ZoekAnalyse.NEDERLANDS_ZOEKEN)
    @FullTextField(name = "titel_begin", analyzer = ZoekAnalyse.BEGIN, searchAnalyzer = ZoekAnalyse.BEGIN_ZOEKEN)
    @KeywordField(name = "titel_sorteer", normalizer = ZoekAnalyse.SORTEER, sortable = Sortable.YES)
    @Column(name = "titel", nullable = false, length = TITEL_MAX)
    private String titel;

    @FullTextField(analyzer = ZoekAnalyse.NEDERLANDS, searchAnalyzer = ZoekAnalyse.NEDERLANDS_ZOEKEN)
    @Column(name = "samenvatting", length = SAMENVATTING_MAX)
    private String samenvatting;

    @Column(name = "inhoud", nullable = false)
    private String inhoud;

    /** {@link #inhoud} as plain text, kept on write (rendering Markdown was a twentieth of mass indexing); may be null. */
    @Column(name = "platte_tekst")
    private String platteTekst;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(name = "bewijsniveau")
    private Bewijsniveau bewijsniveau;

    @Column(name = "review_datum")
    private LocalDate reviewDatum;

    @FullTextField(analyzer = ZoekAnalyse.NEDERLANDS, searchAnalyzer = ZoekAnalyse.NEDERLANDS_ZOEKEN)
    @Column(name = "organisatie")
    private String organisatie;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "regio")
    private String regio;

    @KeywordField
    @Column(name = "cluster")
    private String cluster;

    @Column(name = "auteurs")
    private String auteurs;

    @Column(name = "uitgever")
    private String uitgever;

    @Column(name = "jaar")
    private Integer jaar;

    @Column(name = "bestand")
    private String bestand;

    /** Fingerprint of the content file last imported, so an unchanged file is skipped. */
    @Column(name = "bron_hash", nullable = false)
    private String bronHash;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    /** Published or edited in the app: the app owns it, the content importer leaves it alone (D005). */
    @Column(name = "in_app_bewerkt", nullable = false)
    private boolean inAppBewerkt;

    @KeywordField(aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "kennisrecord_thema", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    @Column(name = "thema")
    private List<String> themas = new ArrayList<>();

    @KeywordField(aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "kennisrecord_doelgroep", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    @Column(name = "doelgroep")
    private List<String> doelgroep = new ArrayList<>();

    @GenericField(aggregable = Aggregable.YES)
    @ElementCollection
    @CollectionTable(name = "kennisrecord_trede", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    @Column(name = "trede")
    private List<Integer> treden = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kennisrecord_dimensie", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    @Enumerated(EnumType.STRING)
    @Column(name = "dimensie")
    private List<Dimensie> dimensies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kennisrecord_kennisbron", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    @Enumerated(EnumType.STRING)
    @Column(name = "kennisbron")
    private List<Kennisbron> kennisbronnen = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "kennisrecord_verwijzing",
            joinColumns = @JoinColumn(name = "van_id"), inverseJoinColumns = @JoinColumn(name = "naar_id"))
    @OrderColumn(name = "positie")
    private List<Kennisrecord> verwijzingen = new ArrayList<>();

    @ManyToMany(mappedBy = "verwijzingen")
    private Set<Kennisrecord> verwezenDoor = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "kennisrecord_bron", joinColumns = @JoinColumn(name = "kennisrecord_id"))
    @OrderColumn(name = "positie")
    private List<Bronvermelding> bronnen = new ArrayList<>();

    /** A source this record relies on, and where in it the facts are. */
    @Embeddable
    public static class Bronvermelding {

        @ManyToOne(optional = false)
        @JoinColumn(name = "bron_id", nullable = false)
        private Kennisrecord bron;

        @Column(name = "plaats")
        private String plaats;

        protected Bronvermelding() {}

        Bronvermelding(Kennisrecord bron, String plaats) {
            this.bron = bron;
            this.plaats = plaats;
        }

        public Kennisrecord bron() {
            return bron;
        }

        public String plaats() {
            return plaats;
        }

        KennisrecordGegevens.BronVerwijzing gegevens() {
            return new KennisrecordGegevens.BronVerwijzing(bron.slug, plaats);
        }
    }

    protected Kennisrecord() {}

    public Kennisrecord(KennisType type, String slug) {
        this.type = type;
        this.slug = slug;
    }

    /**
     * Takes over the record's own fields (not its links: see {@link #koppel}). Collections are
     * only replaced when they differ, so an unchanged record is not written.
     */
    public void neemOver(KennisrecordGegevens gegevens, String bronHash, Instant tijdstip) {
        if (gegevens.type() != type || !gegevens.slug().equals(slug)) {
            throw new IllegalArgumentException("gegevens van " + gegevens.slug() + " horen niet bij " + slug);
        }
        titel = gegevens.titel();
        samenvatting = gegevens.samenvatting();
        if (!gegevens.inhoud().equals(inhoud) || platteTekst == null) {
            platteTekst = platteTekst(gegevens.inhoud());
        }
        inhoud = gegevens.inhoud();
        bewijsniveau = gegevens.bewijsniveau();
        reviewDatum = gegevens.reviewDatum();
        organisatie = gegevens.organisatie();
        regio = gegevens.regio();
        cluster = gegevens.cluster();
        auteurs = gegevens.auteurs();
        uitgever = gegevens.uitgever();
        jaar = gegevens.jaar();
        bestand = gegevens.bestand();
        vervang(themas, gegevens.themas());
        vervang(doelgroep, gegevens.doelgroep());
        vervang(treden, gegevens.treden());
        vervang(dimensies, gegevens.dimensies());
        vervang(kennisbronnen, gegevens.kennisbronnen());
        if (!bronHash.equals(this.bronHash)) {
            this.bronHash = bronHash;
            this.gewijzigdOp = tijdstip;
        }
    }

    /** Sets the links and sources, resolving slugs with {@code opSlug} (which must know every slug). */
    public void koppel(KennisrecordGegevens gegevens, Function<String, Kennisrecord> opSlug) {
        vervang(verwijzingen, gegevens.verwijzingen().stream().map(opSlug).toList());
        List<KennisrecordGegevens.BronVerwijzing> huidig = bronnen.stream().map(Bronvermelding::gegevens).toList();
        if (!huidig.equals(gegevens.bronnen())) {
            bronnen.clear();
            gegevens.bronnen().forEach(b -> bronnen.add(new Bronvermelding(opSlug.apply(b.bron()), b.plaats())));
        }
    }

    private static <T> void vervang(List<T> huidig, List<T> nieuw) {
        if (!huidig.equals(nieuw)) {
            huidig.clear();
            huidig.addAll(nieuw);
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void geschreven() {
        WIJZIGINGEN.incrementAndGet();
    }

    /**
     * How many records this application instance has written so far: when it has not changed, nothing was
     * written here (other nodes and direct SQL are not counted; check the database now and then for those).
     */
    public static long wijzigingen() {
        return WIJZIGINGEN.get();
    }

    /** Markdown as plain text (no Markdown syntax). */
    public static String platteTekst(String markdown) {
        return PLATTE_TEKST.render(MARKDOWN.parse(markdown == null ? "" : markdown));
    }

    // Index-only properties below: Hibernate Search maps JavaBean getters; JPA uses field access and ignores them.

    /** The body as plain text, for search and highlighted fragments (no Markdown syntax). */
    @FullTextField(name = "inhoud", analyzer = ZoekAnalyse.NEDERLANDS, searchAnalyzer = ZoekAnalyse.NEDERLANDS_ZOEKEN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "inhoud")))
    public String getPlatteTekst() {
        return platteTekst != null ? platteTekst : platteTekst(inhoud);
    }

    /** Titles of the linked records: a case is found by the names of its werkzame elementen. */
    @FullTextField(name = "verbanden", analyzer = ZoekAnalyse.NEDERLANDS, searchAnalyzer = ZoekAnalyse.NEDERLANDS_ZOEKEN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "verwijzingen")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getVerbanden() {
        return verwijzingen.stream().map(Kennisrecord::titel).toList();
    }

    /** Slugs of the linked werkzame elementen, for the facet. */
    @KeywordField(name = "werkzaam_element", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "verwijzingen")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getWerkzameElementSlugs() {
        return verwijzingen.stream().filter(r -> r.type == KennisType.WERKZAAM_ELEMENT).map(Kennisrecord::slug).toList();
    }

    /** Slugs of the sources, for the facet. */
    @KeywordField(name = "bron", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "bronnen")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getBronSlugs() {
        return bronnen.stream().map(b -> b.bron().slug()).toList();
    }

    /**
     * Ids of the linked werkzame elementen, for counting the facet: numbers are counted without looking each
     * counted value up in the field's terms dictionary, as text values are (docs/benchmarks.md).
     */
    @GenericField(name = "werkzaam_element_id", aggregable = Aggregable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "verwijzingen")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getWerkzameElementIds() {
        return verwijzingen.stream().filter(r -> r.type == KennisType.WERKZAAM_ELEMENT)
                .flatMap(r -> r.id().stream()).toList();
    }

    /** Ids of the sources, for counting the facet (see {@link #getWerkzameElementIds()}). */
    @GenericField(name = "bron_id", aggregable = Aggregable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "bronnen")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getBronIds() {
        return bronnen.stream().flatMap(b -> b.bron().id().stream()).toList();
    }

    public KennisrecordGegevens gegevens() {
        return new KennisrecordGegevens(type, slug, titel, samenvatting, bewijsniveau, reviewDatum, organisatie,
                regio, cluster, auteurs, uitgever, jaar, bestand, themas, doelgroep, treden, dimensies,
                kennisbronnen, verwijzingen.stream().map(Kennisrecord::slug).toList(),
                bronnen.stream().map(Bronvermelding::gegevens).toList(), inhoud);
    }

    public String slug() {
        return slug;
    }

    public KennisType type() {
        return type;
    }

    public String titel() {
        return titel;
    }

    public String samenvatting() {
        return samenvatting;
    }

    public String cluster() {
        return cluster;
    }

    public Bewijsniveau bewijsniveau() {
        return bewijsniveau;
    }

    public String bronHash() {
        return bronHash;
    }

    public boolean isInAppBewerkt() {
        return inAppBewerkt;
    }

    public void markeerInAppBewerkt() {
        inAppBewerkt = true;
    }

    public List<String> themas() {
        return List.copyOf(themas);
    }

    public List<String> doelgroep() {
        return List.copyOf(doelgroep);
    }

    public List<Integer> treden() {
        return List.copyOf(treden);
    }

    public List<Kennisrecord> verwijzingen() {
        return List.copyOf(verwijzingen);
    }

    public Set<Kennisrecord> verwezenDoor() {
        return Set.copyOf(verwezenDoor);
    }

    public List<Bronvermelding> bronnen() {
        return List.copyOf(bronnen);
    }
}
