package nl.leernetwerk.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.leernetwerk.basis.AbstractEntity;

/** The trainer's reflection after a bijeenkomst: a note and the werkzame elementen she applied. */
@Entity
@Table(name = "reflectie")
public class Reflectie extends AbstractEntity {

    public static final int NOTITIE_MAX = 4000;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bijeenkomst_id", nullable = false, unique = true)
    private Bijeenkomst bijeenkomst;

    @Column(name = "notitie", length = NOTITIE_MAX)
    private String notitie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflectie_element", joinColumns = @JoinColumn(name = "reflectie_id"))
    @Column(name = "slug", nullable = false)
    private Set<String> elementen = new HashSet<>();

    @Column(name = "ingevuld_door", nullable = false)
    private String ingevuldDoor;

    @Column(name = "ingevuld_op", nullable = false)
    private Instant ingevuldOp;

    protected Reflectie() {}

    public Reflectie(Bijeenkomst bijeenkomst) {
        this.bijeenkomst = bijeenkomst;
    }

    public void vul(String notitie, Set<String> elementen, String door, Instant op) {
        this.notitie = notitie;
        this.elementen.clear();
        this.elementen.addAll(elementen);
        this.ingevuldDoor = door;
        this.ingevuldOp = op;
    }

    public Bijeenkomst bijeenkomst() {
        return bijeenkomst;
    }

    public String notitie() {
        return notitie;
    }

    public Set<String> elementen() {
        return Set.copyOf(elementen);
    }

    public String ingevuldDoor() {
        return ingevuldDoor;
    }

    public Instant ingevuldOp() {
        return ingevuldOp;
    }
}
