package nl.leernetwerk.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A participant as a trainer enrols them: minimal data only. */
public record NieuweDeelnemer(
        @NotBlank @Size(max = 200) String naam,
        @NotNull Contactkanaal contactkanaal,
        LocalDate verwezenOp,
        @Min(value = 1) @Max(value = 6)
                Integer tredeStart) {}
