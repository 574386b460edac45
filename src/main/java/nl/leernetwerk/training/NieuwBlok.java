package nl.leernetwerk.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A block a trainer adds to a plan; an opdracht block names its groepsopdracht. */
public record NieuwBlok(
        @NotNull Bloksoort soort,
        @Size(max = 200) String titel,
        @Min(1) @Max(480) int minuten,
        String opdrachtSleutel) {}
