package nl.leernetwerk.kennisbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/** One state of a knowledge record, as its content file, with who made it, when and why. Never changed. */
@Entity
@Table(name = "kennisrecord_revisie")
public class Revisie extends AbstractEntity {

    public static final int OMSCHRIJVING_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kennisrecord_id", nullable = false)
    private Kennisrecord kennisrecord;

    @Column(name = "nummer", nullable = false)
    private int nummer;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    @Column(name = "door", nullable = false)
    private String door;

    @Column(name = "op", nullable = false)
    private Instant op;

    @Column(name = "omschrijving", nullable = false)
    private String omschrijving;

    @Column(name = "klein", nullable = false)
    private boolean klein;

    protected Revisie() {}

    public Revisie(Kennisrecord kennisrecord, int nummer, String tekst, String door, Instant op, String omschrijving,
            boolean klein) {
        this.kennisrecord = kennisrecord;
        this.nummer = nummer;
        this.tekst = tekst;
        this.door = door;
        this.op = op;
        this.omschrijving = omschrijving.length() > OMSCHRIJVING_MAX
                ? omschrijving.substring(0, OMSCHRIJVING_MAX) : omschrijving;
        this.klein = klein;
    }

    public int nummer() {
        return nummer;
    }

    public String tekst() {
        return tekst;
    }

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean klein() {
        return klein;
    }
}
