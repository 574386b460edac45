package nl.leernetwerk.kennisbank.inhoud;

import java.util.List;
import nl.leernetwerk.kennisbank.KennisType;
import nl.leernetwerk.kennisbank.KennisrecordGegevens;

/**
 * A content file that passed the checks of its own, with what is needed to check it against
 * the others: the line of its id and each reference it makes.
 */
record GelezenBestand(String bestand, KennisrecordGegevens gegevens, String hash, int idRegel,
        List<Verwijzing> verwijzingen) {

    /** A reference to another record, the type it must have, and where it stands. */
    record Verwijzing(String sleutel, String slug, KennisType verwachtType, int regel) {}
}
