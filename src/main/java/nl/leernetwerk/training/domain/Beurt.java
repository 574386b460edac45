package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/** A participant had the word during a bijeenkomst. */
@Entity
@Table(name = "beurt")
public class Beurt extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false)
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deelnemer_id", nullable = false)
    private Deelnemer deelnemer;

    @Column(name = "op", nullable = false)
    private Instant op;

    protected Beurt() {}

    public Beurt(Bijeenkomst bijeenkomst, Deelnemer deelnemer, Instant op) {
        this.bijeenkomst = bijeenkomst;
        this.deelnemer = deelnemer;
        this.op = op;
    }

    public Deelnemer deelnemer() {
        return deelnemer;
    }
}
