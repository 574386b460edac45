package nl.leernetwerk.leernetwerk.domain;

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
import nl.leernetwerk.leernetwerk.Vorm;

/** A meeting of a network, online or in person, about one theme. */
@Entity
@Table(name = "netwerk_bijeenkomst")
public class NetwerkBijeenkomst extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "netwerk_id", nullable = false)
    private Netwerk netwerk;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Enumerated(EnumType.STRING)
    @Column(name = "vorm", nullable = false)
    private Vorm vorm;

    @Column(name = "thema", nullable = false)
    private String thema;

    @Column(name = "plaats")
    private String plaats;

    protected NetwerkBijeenkomst() {}

    public NetwerkBijeenkomst(Netwerk netwerk, LocalDate datum, Vorm vorm, String thema, String plaats) {
        this.netwerk = netwerk;
        this.datum = datum;
        this.vorm = vorm;
        this.thema = thema;
        this.plaats = plaats;
    }

    public Netwerk netwerk() {
        return netwerk;
    }

    public LocalDate datum() {
        return datum;
    }

    public Vorm vorm() {
        return vorm;
    }

    public String thema() {
        return thema;
    }

    public String plaats() {
        return plaats;
    }
}
