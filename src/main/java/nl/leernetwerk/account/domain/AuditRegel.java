package nl.leernetwerk.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "tijdstip", nullable = false, updatable = false)
    private Instant tijdstip;

    @Column(name = "gebruiker", nullable = false, updatable = false)
    private String gebruiker;

    @Column(name = "actie", nullable = false, updatable = false)
    private String actie;

    @Column(name = "onderwerp", nullable = false, updatable = false)
    private String onderwerp;

    protected AuditRegel() {}

    public AuditRegel(Instant tijdstip, String gebruiker, String actie, String onderwerp) {
        this.tijdstip = tijdstip;
        this.gebruiker = gebruiker;
        this.actie = actie;
        this.onderwerp = onderwerp;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    public String gebruiker() {
        return gebruiker;
    }

    public String actie() {
        return actie;
    }

    public String onderwerp() {
        return onderwerp;
    }
}
