package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.training.InbrengSoort;

/** An answer or tip from the group, credited to who gave it, or a leerpunt; captured during a session. */
@Entity
@Table(name = "inbreng")
public class Inbreng extends AbstractEntity {

    public static final int TEKST_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false)
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deelnemer_id")
    private Deelnemer deelnemer;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false)
    private InbrengSoort soort;

    @Column(name = "tekst", nullable = false, length = TEKST_MAX)
    private String tekst;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Inbreng() {}

    public Inbreng(Bijeenkomst bijeenkomst, Deelnemer deelnemer, InbrengSoort soort, String tekst, String door,
            Instant op) {
        this.bijeenkomst = bijeenkomst;
        this.deelnemer = deelnemer;
        this.soort = soort;
        this.tekst = tekst;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    public Deelnemer deelnemer() {
        return deelnemer;
    }

    public InbrengSoort soort() {
        return soort;
    }

    public String tekst() {
        return tekst;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }
}
