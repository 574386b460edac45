package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.training.Bloksoort;

/** One block of the plan of a bijeenkomst, or of a template. */
@Entity
@Table(name = "sessieblok")
public class Sessieblok extends AbstractEntity {

    public static final int TITEL_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bijeenkomst_id")
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sjabloon_id")
    private Sessiesjabloon sjabloon;

    @Column(name = "volgorde", nullable = false)
    private int volgorde;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false)
    private Bloksoort soort;

    @Column(name = "titel", length = TITEL_MAX)
    private String titel;

    @Column(name = "minuten", nullable = false)
    private int minuten;

    @Column(name = "opdracht_slug")
    private String opdrachtSlug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "eigen_opdracht_id")
    private EigenOpdracht eigenOpdracht;

    protected Sessieblok() {}

    private Sessieblok(Bijeenkomst bijeenkomst, Sessiesjabloon sjabloon, int volgorde, Bloksoort soort, String titel,
            int minuten, String opdrachtSlug, EigenOpdracht eigenOpdracht) {
        this.bijeenkomst = bijeenkomst;
        this.sjabloon = sjabloon;
        this.volgorde = volgorde;
        this.soort = soort;
        this.titel = titel;
        this.minuten = minuten;
        this.opdrachtSlug = opdrachtSlug;
        this.eigenOpdracht = eigenOpdracht;
    }

    public static Sessieblok van(Bijeenkomst bijeenkomst, int volgorde, Bloksoort soort, String titel, int minuten,
            String opdrachtSlug, EigenOpdracht eigenOpdracht) {
        return new Sessieblok(bijeenkomst, null, volgorde, soort, titel, minuten, opdrachtSlug, eigenOpdracht);
    }

    /** A copy of this block in a template. */
    public Sessieblok naar(Sessiesjabloon doel) {
        return new Sessieblok(null, doel, volgorde, soort, titel, minuten, opdrachtSlug, eigenOpdracht);
    }

    /** A copy of this (template) block in a bijeenkomst. */
    public Sessieblok naar(Bijeenkomst doel) {
        return new Sessieblok(doel, null, volgorde, soort, titel, minuten, opdrachtSlug, eigenOpdracht);
    }

    public void zetVolgorde(int volgorde) {
        this.volgorde = volgorde;
    }

    public Bijeenkomst bijeenkomst() {
        return bijeenkomst;
    }

    public int volgorde() {
        return volgorde;
    }

    public Bloksoort soort() {
        return soort;
    }

    public String titel() {
        return titel;
    }

    public int minuten() {
        return minuten;
    }

    public String opdrachtSlug() {
        return opdrachtSlug;
    }

    public EigenOpdracht eigenOpdracht() {
        return eigenOpdracht;
    }
}
