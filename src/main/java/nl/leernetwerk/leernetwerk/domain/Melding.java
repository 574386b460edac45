package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/** An in-app notification for one user, with the page it is about. */
@Entity
@Table(name = "melding")
public class Melding extends AbstractEntity {

    public static final int TEKST_MAX = 500;

    @Column(name = "ontvanger", nullable = false)
    private String ontvanger;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    @Column(name = "link")
    private String link;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "gelezen", nullable = false)
    private boolean gelezen;

    protected Melding() {}

    public Melding(String ontvanger, String tekst, String link, Instant aangemaaktOp) {
        this.ontvanger = ontvanger;
        this.tekst = tekst.length() > TEKST_MAX ? tekst.substring(0, TEKST_MAX - 1) + "…" : tekst;
        this.link = link;
        this.aangemaaktOp = aangemaaktOp;
    }

    public void markeerGelezen() {
        gelezen = true;
    }

    public String ontvanger() {
        return ontvanger;
    }

    public String tekst() {
        return tekst;
    }

    public String link() {
        return link;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public boolean gelezen() {
        return gelezen;
    }
}
