package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leernetwerk.basis.AbstractEntity;

/** A comment on a record or a contribution ({@code onderwerp}), possibly in reply to another. */
@Entity
@Table(name = "reactie")
public class Reactie extends AbstractEntity {

    public static final int TEKST_MAX = 4000;

    @Column(name = "onderwerp", nullable = false)
    private String onderwerp;

    @Column(name = "ouder_id")
    private Long ouderId;

    @Column(name = "auteur", nullable = false)
    private String auteur;

    @Column(name = "tekst", nullable = false)
    private String tekst;

    @Column(name = "geplaatst_op", nullable = false)
    private Instant geplaatstOp;

    protected Reactie() {}

    public Reactie(String onderwerp, Long ouderId, String auteur, String tekst, Instant geplaatstOp) {
        this.onderwerp = onderwerp;
        this.ouderId = ouderId;
        this.auteur = auteur;
        this.tekst = tekst;
        this.geplaatstOp = geplaatstOp;
    }

    public String onderwerp() {
        return onderwerp;
    }

    public Long ouderId() {
        return ouderId;
    }

    public String auteur() {
        return auteur;
    }

    public String tekst() {
        return tekst;
    }

    public Instant geplaatstOp() {
        return geplaatstOp;
    }
}
