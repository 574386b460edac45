package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leernetwerk.basis.AbstractEntity;

/** A named, reusable sessieplan for one training. */
@Entity
@Table(name = "sessiesjabloon")
public class Sessiesjabloon extends AbstractEntity {

    public static final int NAAM_MAX = 200;

    @Column(name = "training_slug", nullable = false)
    private String trainingSlug;

    @Column(name = "naam", nullable = false, length = NAAM_MAX)
    private String naam;

    @Column(name = "gemaakt_door", nullable = false)
    private String gemaaktDoor;

    protected Sessiesjabloon() {}

    public Sessiesjabloon(String trainingSlug, String naam, String gemaaktDoor) {
        this.trainingSlug = trainingSlug;
        this.naam = naam;
        this.gemaaktDoor = gemaaktDoor;
    }

    public String trainingSlug() {
        return trainingSlug;
    }

    public String naam() {
        return naam;
    }

    public String gemaaktDoor() {
        return gemaaktDoor;
    }
}
