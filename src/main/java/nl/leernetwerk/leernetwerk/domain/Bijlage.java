package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/** A file attached to a contribution; its bytes live in the database. Lists read {@link BijlageRegel}, without the bytes. */
@Entity
@Table(name = "bijlage")
public class Bijlage extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijdrage_id", nullable = false)
    private Bijdrage bijdrage;

    @Column(name = "naam", nullable = false)
    private String naam;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "grootte", nullable = false)
    private long grootte;

    @Column(name = "inhoud", nullable = false)
    private byte[] inhoud;

    @Column(name = "toegevoegd_door", nullable = false)
    private String toegevoegdDoor;

    @Column(name = "toegevoegd_op", nullable = false)
    private Instant toegevoegdOp;

    protected Bijlage() {}

    public Bijlage(Bijdrage bijdrage, String naam, String contentType, byte[] inhoud, String door, Instant op) {
        this.bijdrage = bijdrage;
        this.naam = naam;
        this.contentType = contentType;
        this.inhoud = inhoud.clone();
        this.grootte = inhoud.length;
        this.toegevoegdDoor = door;
        this.toegevoegdOp = op;
    }

    public Bijdrage bijdrage() {
        return bijdrage;
    }

    public String naam() {
        return naam;
    }

    public String contentType() {
        return contentType;
    }

    public long grootte() {
        return grootte;
    }

    public byte[] inhoud() {
        return inhoud.clone();
    }
}
