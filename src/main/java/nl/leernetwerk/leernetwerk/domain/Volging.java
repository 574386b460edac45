package nl.leernetwerk.leernetwerk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.leernetwerk.Volgsoort;

/** A user follows a record, a thema or a werkzaam element ({@code waarde}: slug or thema). */
@Entity
@Table(name = "volging")
public class Volging extends AbstractEntity {

    @Column(name = "gebruiker", nullable = false)
    private String gebruiker;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false)
    private Volgsoort soort;

    @Column(name = "waarde", nullable = false)
    private String waarde;

    protected Volging() {}

    public Volging(String gebruiker, Volgsoort soort, String waarde) {
        this.gebruiker = gebruiker;
        this.soort = soort;
        this.waarde = waarde;
    }

    public String gebruiker() {
        return gebruiker;
    }

    public Volgsoort soort() {
        return soort;
    }

    public String waarde() {
        return waarde;
    }
}
