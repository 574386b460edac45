package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.leernetwerk.basis.AbstractEntity;

/**
 * A lesson the facilitator draws from a meeting: what was learnt, for which situations it holds
 * (reikwijdte), the contributions it comes from, and optionally a member's quote.
 */
@Entity
@Table(name = "leerpunt")
public class Leerpunt extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false)
    private NetwerkBijeenkomst bijeenkomst;

    @Column(name = "titel", nullable = false)
    private String titel;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    @Column(name = "reikwijdte", nullable = false)
    private String reikwijdte;

    @Column(name = "citaat")
    private String citaat;

    @Column(name = "citaat_van")
    private String citaatVan;

    @Column(name = "kennisrecord_slug")
    private String kennisrecordSlug;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @ElementCollection
    @CollectionTable(name = "leerpunt_bijdrage", joinColumns = @JoinColumn(name = "leerpunt_id"))
    @Column(name = "bijdrage_id")
    private Set<Long> bijdragen = new LinkedHashSet<>();

    protected Leerpunt() {}

    public Leerpunt(NetwerkBijeenkomst bijeenkomst, String titel, String tekst, String reikwijdte, String citaat,
            String citaatVan, Set<Long> bijdragen, Instant op) {
        this.bijeenkomst = bijeenkomst;
        this.titel = titel;
        this.tekst = tekst;
        this.reikwijdte = reikwijdte;
        this.citaat = citaat;
        this.citaatVan = citaatVan;
        this.bijdragen.addAll(bijdragen);
        this.aangemaaktOp = op;
    }

    public void gepubliceerd(String slug) {
        kennisrecordSlug = slug;
    }

    public NetwerkBijeenkomst bijeenkomst() {
        return bijeenkomst;
    }

    public String titel() {
        return titel;
    }

    public String tekst() {
        return tekst;
    }

    public String reikwijdte() {
        return reikwijdte;
    }

    public String citaat() {
        return citaat;
    }

    public String citaatVan() {
        return citaatVan;
    }

    public String kennisrecordSlug() {
        return kennisrecordSlug;
    }

    public List<Long> bijdragen() {
        return List.copyOf(bijdragen);
    }
}
