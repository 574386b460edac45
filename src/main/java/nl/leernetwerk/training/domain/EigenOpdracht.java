package nl.leernetwerk.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import nl.leernetwerk.basis.AbstractEntity;

/** A groepsopdracht a trainer wrote herself; only she sees and uses it. */
@Entity
@Table(name = "eigen_opdracht")
public class EigenOpdracht extends AbstractEntity {

    public static final int TITEL_MAX = 200;
    public static final int DOEL_MAX = 2000;
    public static final int INSTRUCTIE_MAX = 4000;

    @Column(name = "eigenaar", nullable = false)
    private String eigenaar;

    @Column(name = "titel", nullable = false, length = TITEL_MAX)
    private String titel;

    @Column(name = "doel", length = DOEL_MAX)
    private String doel;

    @Column(name = "instructie", nullable = false, length = INSTRUCTIE_MAX)
    private String instructie;

    @Column(name = "eenvoudige_instructie", length = INSTRUCTIE_MAX)
    private String eenvoudigeInstructie;

    @Column(name = "dimensies", nullable = false)
    private String dimensies;

    @Column(name = "werkzame_elementen", nullable = false, length = 2000)
    private String werkzameElementen;

    protected EigenOpdracht() {}

    public EigenOpdracht(String eigenaar, String titel, String doel, String instructie, String eenvoudigeInstructie,
            List<String> dimensies, List<String> werkzameElementen) {
        this.eigenaar = eigenaar;
        this.titel = titel;
        this.doel = doel;
        this.instructie = instructie;
        this.eenvoudigeInstructie = eenvoudigeInstructie;
        this.dimensies = String.join(",", dimensies);
        this.werkzameElementen = String.join(",", werkzameElementen);
    }

    private static List<String> lijst(String waarde) {
        return waarde == null || waarde.isBlank() ? List.of() : Arrays.asList(waarde.split(","));
    }

    public String eigenaar() {
        return eigenaar;
    }

    public String titel() {
        return titel;
    }

    public String doel() {
        return doel;
    }

    public String instructie() {
        return instructie;
    }

    public String eenvoudigeInstructie() {
        return eenvoudigeInstructie;
    }

    public List<String> dimensies() {
        return lijst(dimensies);
    }

    public List<String> werkzameElementen() {
        return lijst(werkzameElementen);
    }
}
