package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.training.Uitstroom;

/** A participant's outcome: trede at the end, progress within a trede, and where they went. */
@Entity
@Table(name = "uitkomst")
public class Uitkomst extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deelnemer_id", nullable = false, unique = true)
    private Deelnemer deelnemer;

    @Column(name = "trede_eind")
    private Integer tredeEind;

    @Column(name = "binnen_trede", nullable = false)
    private boolean binnenTrede;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitstroom")
    private Uitstroom uitstroom;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Uitkomst() {}

    public Uitkomst(Deelnemer deelnemer) {
        this.deelnemer = deelnemer;
    }

    public void leg(Integer tredeEind, boolean binnenTrede, Uitstroom uitstroom, String door, Instant op) {
        if (tredeEind != null && (tredeEind < 1 || tredeEind > 6)) {
            throw new IllegalArgumentException("trede tussen 1 en 6");
        }
        this.tredeEind = tredeEind;
        this.binnenTrede = binnenTrede;
        this.uitstroom = uitstroom;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    public Deelnemer deelnemer() {
        return deelnemer;
    }

    public Integer tredeEind() {
        return tredeEind;
    }

    public boolean binnenTrede() {
        return binnenTrede;
    }

    public Uitstroom uitstroom() {
        return uitstroom;
    }
}
