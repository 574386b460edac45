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
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.AfwezigheidReden;

/** Whether a participant was at a bijeenkomst, who recorded it and when. */
@Entity
@Table(name = "aanwezigheid")
public class Aanwezigheid extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false)
    private Bijeenkomst bijeenkomst;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deelnemer_id", nullable = false)
    private Deelnemer deelnemer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AanwezigheidStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reden")
    private AfwezigheidReden reden;

    @Column(name = "geregistreerd_door", nullable = false)
    private String geregistreerdDoor;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    protected Aanwezigheid() {}

    public Aanwezigheid(Bijeenkomst bijeenkomst, Deelnemer deelnemer) {
        this.bijeenkomst = bijeenkomst;
        this.deelnemer = deelnemer;
    }

    /** Records the status; a reason only belongs to an absence and is dropped otherwise. */
    public void registreer(AanwezigheidStatus status, AfwezigheidReden reden, String door, Instant op) {
        this.status = status;
        this.reden = status.isAfwezig() ? reden : null;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = op;
    }

    public java.time.LocalDate bijeenkomstDatum() {
        return bijeenkomst.datum();
    }

    public long bijeenkomstId() {
        return bijeenkomst.id().orElseThrow();
    }

    public Deelnemer deelnemer() {
        return deelnemer;
    }

    public AanwezigheidStatus status() {
        return status;
    }

    public AfwezigheidReden reden() {
        return reden;
    }

    public String geregistreerdDoor() {
        return geregistreerdDoor;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }
}
