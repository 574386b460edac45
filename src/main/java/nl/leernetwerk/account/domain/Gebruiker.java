package nl.leernetwerk.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.basis.AbstractEntity;

@Entity
@Table(name = "gebruiker")
public class Gebruiker extends AbstractEntity {

    public static final int GEBRUIKERSNAAM_MAX = 100;
    public static final int NAAM_MAX = 200;
    public static final int EMAIL_MAX = 254;

    @Column(name = "gebruikersnaam", nullable = false, length = GEBRUIKERSNAAM_MAX)
    private String gebruikersnaam;

    @Column(name = "naam", nullable = false, length = NAAM_MAX)
    private String naam;

    @Column(name = "wachtwoord_hash", nullable = false)
    private String wachtwoordHash;

    @Column(name = "actief", nullable = false)
    private boolean actief = true;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** Whether notifications also go out by e-mail (when there is an address and SMTP is configured). */
    @Column(name = "email_meldingen", nullable = false)
    private boolean emailMeldingen = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gebruiker_rol", joinColumns = @JoinColumn(name = "gebruiker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "rol", nullable = false)
    private Set<Rol> rollen = EnumSet.noneOf(Rol.class);

    protected Gebruiker() {}

    public Gebruiker(String gebruikersnaam, String naam, String wachtwoordHash, Set<Rol> rollen) {
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.rollen = rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    public String gebruikersnaam() {
        return gebruikersnaam;
    }

    public String naam() {
        return naam;
    }

    public String wachtwoordHash() {
        return wachtwoordHash;
    }

    public boolean actief() {
        return actief;
    }

    public Set<Rol> rollen() {
        return Set.copyOf(rollen);
    }

    public void wijzigRollen(Set<Rol> nieuw) {
        rollen.clear();
        rollen.addAll(nieuw);
    }

    public String email() {
        return email;
    }

    public boolean emailMeldingen() {
        return emailMeldingen;
    }

    /** @param email null or blank: none */
    public void wijzigEmail(String email, boolean meldingen) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.emailMeldingen = meldingen;
    }

    public void wijzigWachtwoord(String nieuweHash) {
        this.wachtwoordHash = nieuweHash;
    }

    public GebruikerSummary toSummary() {
        return new GebruikerSummary(id().orElseThrow(), gebruikersnaam, naam, rollen(), actief, version(), email, emailMeldingen);
    }
}
