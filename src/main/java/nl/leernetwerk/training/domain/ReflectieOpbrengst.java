package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.leernetwerk.basis.AbstractEntity;

/** What one participant gained from a bijeenkomst, however small, in the trainer's words. */
@Entity
@Table(name = "reflectie_opbrengst")
public class ReflectieOpbrengst extends AbstractEntity {

    public static final int TEKST_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reflectie_id", nullable = false)
    private Reflectie reflectie;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deelnemer_id", nullable = false)
    private Deelnemer deelnemer;

    @Column(name = "tekst", nullable = false, length = TEKST_MAX)
    private String tekst;

    protected ReflectieOpbrengst() {}

    public ReflectieOpbrengst(Reflectie reflectie, Deelnemer deelnemer, String tekst) {
        this.reflectie = reflectie;
        this.deelnemer = deelnemer;
        this.tekst = tekst;
    }

    public void wijzig(String tekst) {
        this.tekst = tekst;
    }

    public Deelnemer deelnemer() {
        return deelnemer;
    }

    public String tekst() {
        return tekst;
    }
}
