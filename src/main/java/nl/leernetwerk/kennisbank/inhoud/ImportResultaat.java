package nl.leernetwerk.kennisbank.inhoud;

/** What an import did: records created, changed, and left alone because their file was unchanged. */
public record ImportResultaat(int nieuw, int gewijzigd, int ongewijzigd) {}
