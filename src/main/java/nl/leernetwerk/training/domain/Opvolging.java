package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/**
 * The trainer's follow-up of an absence without notice: was there contact, why was the
 * participant absent, what practical solution was found, and how did it end.
 */
@Entity
@Table(name = "opvolging")
public class Opvolging extends AbstractEntity {

    public static final int TEKST_MAX = 500;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanwezigheid_id", nullable = false)
    private Aanwezigheid aanwezigheid;

    @Column(name = "contact_gelegd", nullable = false)
    private boolean contactGelegd;

    @Column(name = "waarom", length = TEKST_MAX)
    private String waarom;

    @Column(name = "oplossing", length = TEKST_MAX)
    private String oplossing;

    @Column(name = "uitkomst", length = TEKST_MAX)
    private String uitkomst;

    @Column(name = "afgerond_door")
    private String afgerondDoor;

    @Column(name = "afgerond_op")
    private Instant afgerondOp;

    @Column(name = "geescaleerd_door")
    private String geescaleerdDoor;

    @Column(name = "geescaleerd_op")
    private Instant geescaleerdOp;

    @Column(name = "escalatie_reden", length = TEKST_MAX)
    private String escalatieReden;

    protected Opvolging() {}

    public Opvolging(Aanwezigheid aanwezigheid) {
        this.aanwezigheid = aanwezigheid;
    }

    /** Forgets the notes of the conversation (retention). */
    public void wisNotities() {
        waarom = null;
        oplossing = null;
        uitkomst = null;
        escalatieReden = null;
    }

    /**
     * Escalates to handhaving: a separate, explicit step by a person, always with a written
     * reason; once only. Nothing in the application escalates by itself.
     */
    public void escaleer(String reden, String door, Instant op) {
        if (reden == null || reden.isBlank()) {
            throw new IllegalArgumentException("een escalatie heeft een geschreven reden nodig");
        }
        if (isGeescaleerd()) {
            throw new IllegalStateException("al geëscaleerd door " + geescaleerdDoor);
        }
        this.escalatieReden = reden;
        this.geescaleerdDoor = door;
        this.geescaleerdOp = op;
    }

    public boolean isGeescaleerd() {
        return geescaleerdOp != null;
    }

    public String geescaleerdDoor() {
        return geescaleerdDoor;
    }

    public Instant geescaleerdOp() {
        return geescaleerdOp;
    }

    public String escalatieReden() {
        return escalatieReden;
    }

    public String afgerondDoor() {
        return afgerondDoor;
    }

    public Instant afgerondOp() {
        return afgerondOp;
    }

    public void legVast(boolean contactGelegd, String waarom, String oplossing, String uitkomst) {
        this.contactGelegd = contactGelegd;
        this.waarom = waarom;
        this.oplossing = oplossing;
        this.uitkomst = uitkomst;
    }

    /** Closes the follow-up; it needs an outcome, so that "done" always says how it ended. */
    public void rondAf(String door, Instant op) {
        if (uitkomst == null || uitkomst.isBlank()) {
            throw new IllegalStateException("een opvolging zonder uitkomst kan niet worden afgerond");
        }
        this.afgerondDoor = door;
        this.afgerondOp = op;
    }

    public boolean isAfgerond() {
        return afgerondOp != null;
    }

    public boolean isLeeg() {
        return !contactGelegd && isLeeg(waarom) && isLeeg(oplossing) && isLeeg(uitkomst);
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    public Aanwezigheid aanwezigheid() {
        return aanwezigheid;
    }

    public boolean contactGelegd() {
        return contactGelegd;
    }

    public String waarom() {
        return waarom;
    }

    public String oplossing() {
        return oplossing;
    }

    public String uitkomst() {
        return uitkomst;
    }
}
