package nl.leernetwerk.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.leernetwerk.basis.AbstractEntity;
import nl.leernetwerk.training.GroepStatus;
import nl.leernetwerk.training.Variant;

/** A group following a training from the catalogue, with its trainers (by user name). */
@Entity
@Table(name = "groep")
public class Groep extends AbstractEntity {

    public static final int NAAM_MAX = 200;

    @Column(name = "naam", nullable = false, length = NAAM_MAX)
    private String naam;

    @Column(name = "training_slug", nullable = false)
    private String trainingSlug;

    @Enumerated(EnumType.STRING)
    @Column(name = "variant", nullable = false)
    private Variant variant;

    @Column(name = "startdatum", nullable = false)
    private LocalDate startdatum;

    @Column(name = "einddatum")
    private LocalDate einddatum;

    @Column(name = "minimum", nullable = false)
    private int minimum;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GroepStatus status = GroepStatus.WACHT_OP_DEELNEMERS;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "groep_trainer", joinColumns = @JoinColumn(name = "groep_id"))
    @Column(name = "gebruikersnaam", nullable = false)
    private Set<String> trainers = new HashSet<>();

    protected Groep() {}

    public Groep(String naam, String trainingSlug, Variant variant, LocalDate startdatum, LocalDate einddatum,
            int minimum, String trainer) {
        this.naam = naam;
        this.trainingSlug = trainingSlug;
        this.variant = variant;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.minimum = minimum;
        this.trainers.add(trainer);
    }

    /**
     * Starts the group: when the minimum number of participants is reached, or earlier by an
     * explicit decision of the trainer ({@code ondanksMinimum}).
     */
    public void start(long aantalDeelnemers, boolean ondanksMinimum) {
        if (status != GroepStatus.WACHT_OP_DEELNEMERS) {
            throw new IllegalStateException("groep is al gestart");
        }
        if (aantalDeelnemers < minimum && !ondanksMinimum) {
            throw new IllegalStateException("minimum van " + minimum + " deelnemers niet bereikt");
        }
        status = GroepStatus.LOOPT;
    }

    public void rondAf(LocalDate op) {
        if (status != GroepStatus.LOOPT) {
            throw new IllegalStateException("alleen een lopende groep kan worden afgerond");
        }
        status = GroepStatus.AFGEROND;
        einddatum = op;
    }

    /** Adds a (co-)trainer; the caller checks that the user is a trainer. */
    public void voegTrainerToe(String gebruikersnaam) {
        trainers.add(gebruikersnaam);
    }

    /** Removes a trainer; a group always keeps at least one. */
    public void verwijderTrainer(String gebruikersnaam) {
        if (trainers.contains(gebruikersnaam) && trainers.size() == 1) {
            throw new IllegalStateException("een groep houdt minstens één trainer");
        }
        trainers.remove(gebruikersnaam);
    }

    public boolean heeftTrainer(String gebruikersnaam) {
        return trainers.contains(gebruikersnaam);
    }

    public String naam() {
        return naam;
    }

    public String trainingSlug() {
        return trainingSlug;
    }

    public Variant variant() {
        return variant;
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    public int minimum() {
        return minimum;
    }

    public GroepStatus status() {
        return status;
    }

    public Set<String> trainers() {
        return Set.copyOf(trainers);
    }
}
