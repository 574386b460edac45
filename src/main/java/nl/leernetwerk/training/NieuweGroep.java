package nl.leernetwerk.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a trainer fills in to start a group; the form checks the same rules with Dutch messages. */
public record NieuweGroep(
        @NotBlank @Size(max = 200) String naam,
        @NotBlank String trainingSlug,
        @NotNull Variant variant,
        @NotNull LocalDate startdatum,
        LocalDate einddatum,
        @NotNull @Min(value = 1)
                @Max(value = 50) Integer minimum) {}
