package nl.leernetwerk.kennisbank;

import java.util.List;
import java.util.stream.Collectors;
import nl.leernetwerk.basis.Teksten;

/** A record that breaks a rule of the content format; each problem as an i18n key with arguments. */
public class OngeldigRecordException extends RuntimeException {

    /** @param regel line in the record's text (0 when it is about the record as a whole) */
    public record Probleem(int regel, String sleutel, List<Object> argumenten) {}

    private final transient List<Probleem> problemen;

    public OngeldigRecordException(List<Probleem> problemen) {
        super(problemen.stream().map(p -> p.regel() + ": " + Teksten.nl(p.sleutel(), p.argumenten().toArray()))
                .collect(Collectors.joining("\n")));
        this.problemen = List.copyOf(problemen);
    }

    public List<Probleem> problemen() {
        return problemen;
    }
}
