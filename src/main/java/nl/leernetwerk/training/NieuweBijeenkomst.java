package nl.leernetwerk.training;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A bijeenkomst as a trainer plans it. */
public record NieuweBijeenkomst(
        @NotNull LocalDate datum,
        @NotNull LocalTime begintijd,
        @NotNull LocalTime eindtijd,
        @Size(max = 200) String plaats) {

    @AssertTrue
    public boolean isEindNaBegin() {
        return begintijd == null || eindtijd == null || eindtijd.isAfter(begintijd);
    }
}
