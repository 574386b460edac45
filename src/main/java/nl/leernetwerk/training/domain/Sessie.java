package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/**
 * A bijeenkomst being run: which block is current, and since when (the timer counts from there).
 * No current block but a time: the session was closed then.
 */
@Entity
@Table(name = "sessie")
public class Sessie extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false, unique = true)
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "huidig_blok_id")
    private Sessieblok huidigBlok;

    @Column(name = "blok_gestart_op")
    private Instant blokGestartOp;

    protected Sessie() {}

    public Sessie(Bijeenkomst bijeenkomst) {
        this.bijeenkomst = bijeenkomst;
    }

    public void naarBlok(Sessieblok blok, Instant op) {
        this.huidigBlok = blok;
        this.blokGestartOp = blok == null ? null : op;
    }

    /** Closes the session after its last block. */
    public void sluitAf(Instant op) {
        this.huidigBlok = null;
        this.blokGestartOp = op;
    }

    public boolean afgesloten() {
        return huidigBlok == null && blokGestartOp != null;
    }

    public Bijeenkomst bijeenkomst() {
        return bijeenkomst;
    }

    public Sessieblok huidigBlok() {
        return huidigBlok;
    }

    public Instant blokGestartOp() {
        return blokGestartOp;
    }
}
