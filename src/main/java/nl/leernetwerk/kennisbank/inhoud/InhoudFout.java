package nl.leernetwerk.kennisbank.inhoud;

import java.util.List;
import nl.leernetwerk.basis.Teksten;

/**
 * One problem in a content file, as {@code file:line: message}. The message is an i18n key
 * with arguments, so the Beheer view can show it in the user's language.
 */
public record InhoudFout(String bestand, int regel, String sleutel, List<Object> argumenten) {

    InhoudFout(String bestand, int regel, String sleutel, Object... argumenten) {
        this(bestand, regel, sleutel, List.of(argumenten));
    }

    /** The Dutch text, for logs and exceptions. */
    public String tekst() {
        return bestand + ":" + regel + ": " + Teksten.nl(sleutel, argumenten.toArray());
    }
}
