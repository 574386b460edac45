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

/** A participant, with minimal data only: no BSN, no medical detail. */
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

    protected Deelnemer() {}

    public Deelnemer(Groep groep, String naam, Contactkanaal contactkanaal, LocalDate verwezenOp, Integer tredeStart) {
        this.groep = groep;
        this.naam = naam;
        this.contactkanaal = contactkanaal;
        this.verwezenOp = verwezenOp;
        this.tredeStart = tredeStart;
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
