package nl.leernetwerk.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.leernetwerk.kennisbank.Dimensie;

/** A trainer's own groepsopdracht as she writes it. */
public record NieuweOpdracht(
        @NotBlank @Size(max = 200) String titel,
        @Size(max = 2000) String doel,
        @NotBlank @Size(max = 4000) String instructie,
        @Size(max = 4000) String eenvoudigeInstructie,
        @NotNull List<Dimensie> dimensies,
        @NotNull List<String> werkzameElementen) {}
