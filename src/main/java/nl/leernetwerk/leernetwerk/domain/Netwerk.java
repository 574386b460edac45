package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.leernetwerk.basis.AbstractEntity;

/** A regional leernetwerk: who started it, who facilitates it, and its members with their consent. */
@Entity
@Table(name = "netwerk")
public class Netwerk extends AbstractEntity {

    @Column(name = "naam", nullable = false)
    private String naam;

    @Column(name = "regio")
    private String regio;

    @Column(name = "initiator", nullable = false)
    private String initiator;

    @Column(name = "facilitator", nullable = false)
    private String facilitator;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @ElementCollection
    @CollectionTable(name = "netwerk_lid", joinColumns = @JoinColumn(name = "netwerk_id"))
    private List<Lidmaatschap> leden = new ArrayList<>();

    /** A member, and since when they consent to being named with a quote (null: they do not). */
    @Embeddable
    public static class Lidmaatschap {

        @Column(name = "gebruikersnaam", nullable = false)
        private String gebruikersnaam;

        @Column(name = "toestemming_op")
        private Instant toestemmingOp;

        protected Lidmaatschap() {}

        Lidmaatschap(String gebruikersnaam) {
            this.gebruikersnaam = gebruikersnaam;
        }

        public String gebruikersnaam() {
            return gebruikersnaam;
        }

        public Optional<Instant> toestemmingOp() {
            return Optional.ofNullable(toestemmingOp);
        }
    }

    protected Netwerk() {}

    public Netwerk(String naam, String regio, String initiator, String facilitator, Instant op) {
        this.naam = naam;
        this.regio = regio;
        this.initiator = initiator;
        this.facilitator = facilitator;
        this.aangemaaktOp = op;
        wordLid(initiator);
        wordLid(facilitator);
    }

    public void wordLid(String gebruikersnaam) {
        if (lid(gebruikersnaam).isEmpty()) {
            leden.add(new Lidmaatschap(gebruikersnaam));
        }
    }

    public void verlaat(String gebruikersnaam) {
        leden.removeIf(l -> l.gebruikersnaam.equals(gebruikersnaam));
    }

    /** Records (or withdraws) a member's consent to be named with a quote. */
    public void toestemming(String gebruikersnaam, boolean gegeven, Instant op) {
        lid(gebruikersnaam).orElseThrow().toestemmingOp = gegeven ? op : null;
    }

    public Optional<Lidmaatschap> lid(String gebruikersnaam) {
        return leden.stream().filter(l -> l.gebruikersnaam.equals(gebruikersnaam)).findFirst();
    }

    public boolean isLid(String gebruikersnaam) {
        return lid(gebruikersnaam).isPresent();
    }

    public boolean magLeiden(String gebruikersnaam) {
        return facilitator.equals(gebruikersnaam) || initiator.equals(gebruikersnaam);
    }

    public String naam() {
        return naam;
    }

    public String regio() {
        return regio;
    }

    public String initiator() {
        return initiator;
    }

    public String facilitator() {
        return facilitator;
    }

    public List<Lidmaatschap> leden() {
        return leden.stream().sorted(Comparator.comparing(Lidmaatschap::gebruikersnaam)).toList();
    }
}
