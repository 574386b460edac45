package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.Uitschrijfreden;

/**
 * A participant's enrolment in one group, with minimal data only: no BSN, no medical detail.
 * Leaving ends the enrolment; a move ends it and starts a new one in the other group, so the
 * attendance stays with the bijeenkomsten where it happened.
 */
@Entity
@Table(name = "deelnemer")
public class Deelnemer extends AbstractEntity {

    public static final int NAAM_MAX = 200;
    public static final String ANONIEM = "(geanonimiseerd)";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "groep_id", nullable = false)
    private Groep groep;

    @Column(name = "naam", nullable = false, length = NAAM_MAX)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "contactkanaal", nullable = false)
    private Contactkanaal contactkanaal;

    @Column(name = "verwezen_op")
    private LocalDate verwezenOp;

    @Column(name = "trede_start")
    private Integer tredeStart;

    @Column(name = "uitgeschreven_op")
    private LocalDate uitgeschrevenOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitschrijfreden")
    private Uitschrijfreden uitschrijfreden;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verplaatst_naar_id")
    private Deelnemer verplaatstNaar;

    protected Deelnemer() {}

    public Deelnemer(Groep groep, String naam, Contactkanaal contactkanaal, LocalDate verwezenOp, Integer tredeStart) {
        this.groep = groep;
        this.naam = naam;
        this.contactkanaal = contactkanaal;
        this.verwezenOp = verwezenOp;
        this.tredeStart = tredeStart;
    }

    /** Ends the enrolment on {@code op}; the participant leaves the active list, the history stays. */
    public void schrijfUit(LocalDate op, Uitschrijfreden reden) {
        if (uitgeschrevenOp != null) {
            throw new IllegalStateException("deelnemer is al uitgeschreven");
        }
        if (op == null || reden == null) {
            throw new IllegalArgumentException("datum en reden zijn nodig");
        }
        this.uitgeschrevenOp = op;
        this.uitschrijfreden = reden;
    }

    /** Ends this enrolment on {@code op} and returns the new one in {@code naar}, with the same minimal data. */
    public Deelnemer verplaatsNaar(Groep naar, LocalDate op) {
        if (naar.equals(groep)) {
            throw new IllegalArgumentException("deelnemer zit al in deze groep");
        }
        schrijfUit(op, Uitschrijfreden.VERPLAATST);
        verplaatstNaar = new Deelnemer(naar, naam, contactkanaal, verwezenOp, tredeStart);
        return verplaatstNaar;
    }

    /** Whether the participant was in the group on that day (enrolments have no start date: from the start). */
    public boolean wasLidOp(LocalDate dag) {
        return uitgeschrevenOp == null || dag.isBefore(uitgeschrevenOp);
    }

    public boolean isActief() {
        return uitgeschrevenOp == null;
    }

    public LocalDate uitgeschrevenOp() {
        return uitgeschrevenOp;
    }

    public Uitschrijfreden uitschrijfreden() {
        return uitschrijfreden;
    }

    public Deelnemer verplaatstNaar() {
        return verplaatstNaar;
    }

    /** Removes what identifies the participant; what remains (trede, attendance) only serves statistics. */
    public void anonimiseer() {
        naam = ANONIEM;
        verwezenOp = null;
    }

    public Groep groep() {
        return groep;
    }

    public String naam() {
        return naam;
    }

    public Contactkanaal contactkanaal() {
        return contactkanaal;
    }

    public LocalDate verwezenOp() {
        return verwezenOp;
    }

    public Integer tredeStart() {
        return tredeStart;
    }
}
