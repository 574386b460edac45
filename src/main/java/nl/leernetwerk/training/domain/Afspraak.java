package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/**
 * An agreement on omgangsvormen the group made. Every proposal is kept; it is never deleted, only
 * archived with the group's consent and a reason.
 */
@Entity
@Table(name = "afspraak")
public class Afspraak extends AbstractEntity {

    public static final int TEKST_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "groep_id", nullable = false)
    private Groep groep;

    @Column(name = "tekst", nullable = false, length = TEKST_MAX)
    private String tekst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deelnemer_id")
    private Deelnemer voorgesteldDoor;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    @Column(name = "gearchiveerd_op")
    private Instant gearchiveerdOp;

    @Column(name = "gearchiveerd_door")
    private String gearchiveerdDoor;

    @Column(name = "reden", length = TEKST_MAX)
    private String reden;

    @Column(name = "instemming", length = TEKST_MAX)
    private String instemming;

    protected Afspraak() {}

    public Afspraak(Groep groep, String tekst, Deelnemer voorgesteldDoor, String vastgelegdDoor, Instant op) {
        this.groep = groep;
        this.tekst = tekst;
        this.voorgesteldDoor = voorgesteldDoor;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = op;
    }

    /** Archives the agreement; both the group's consent and a reason are required. */
    public void archiveer(String reden, String instemming, String door, Instant op) {
        if (gearchiveerdOp != null) {
            throw new IllegalStateException("afspraak is al gearchiveerd");
        }
        if (reden == null || reden.isBlank() || instemming == null || instemming.isBlank()) {
            throw new IllegalArgumentException("instemming van de groep en een reden zijn nodig");
        }
        this.reden = reden.strip();
        this.instemming = instemming.strip();
        this.gearchiveerdDoor = door;
        this.gearchiveerdOp = op;
    }

    public Groep groep() {
        return groep;
    }

    public String tekst() {
        return tekst;
    }

    public Deelnemer voorgesteldDoor() {
        return voorgesteldDoor;
    }

    public String vastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public Instant gearchiveerdOp() {
        return gearchiveerdOp;
    }

    public String gearchiveerdDoor() {
        return gearchiveerdDoor;
    }

    public String reden() {
        return reden;
    }

    public String instemming() {
        return instemming;
    }
}
