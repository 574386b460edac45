package nl.leernetwerk.training;

import java.util.List;
import nl.leernetwerk.kennisbank.Dimensie;

/**
 * A groepsopdracht from the kennisbank or a trainer's own, with its regular and simplified
 * instruction (the simplified one is shown first to anderstaligen groups).
 *
 * @param sleutel the kennisbank slug, or {@code eigen:<id>} for a trainer's own opdracht
 */
public record Groepsopdracht(String sleutel, String titel, String doel, String instructie, String eenvoudigeInstructie,
        String feedback, List<Dimensie> dimensies, List<String> werkzameElementen, boolean eigen) {

    public static final String EIGEN = "eigen:";

    /** The instruction a group of this variant sees first. */
    public String instructieVoor(Variant variant) {
        return variant == Variant.ANDERSTALIGEN && eenvoudigeInstructie != null && !eenvoudigeInstructie.isBlank()
                ? eenvoudigeInstructie : instructie;
    }
}
