package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.basis.AbstractEntity;

/** One meeting of a group. */
@Entity
@Table(name = "bijeenkomst")
public class Bijeenkomst extends AbstractEntity {

    public static final int PLAATS_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "groep_id", nullable = false)
    private Groep groep;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Column(name = "begintijd", nullable = false)
    private LocalTime begintijd;

    @Column(name = "eindtijd", nullable = false)
    private LocalTime eindtijd;

    @Column(name = "plaats", length = PLAATS_MAX)
    private String plaats;

    protected Bijeenkomst() {}

    public Bijeenkomst(Groep groep, LocalDate datum, LocalTime begintijd, LocalTime eindtijd, String plaats) {
        if (!eindtijd.isAfter(begintijd)) {
            throw new IllegalArgumentException("eindtijd moet na begintijd liggen");
        }
        this.groep = groep;
        this.datum = datum;
        this.begintijd = begintijd;
        this.eindtijd = eindtijd;
        this.plaats = plaats;
    }

    public Groep groep() {
        return groep;
    }

    public LocalDate datum() {
        return datum;
    }

    public LocalTime begintijd() {
        return begintijd;
    }

    public LocalTime eindtijd() {
        return eindtijd;
    }

    public String plaats() {
        return plaats;
    }
}
