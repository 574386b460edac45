package nl.leernetwerk.training;

/** A block of a sessieplan as the screens show it; {@code opdrachtSleutel} only for an opdracht block. */
public record Blok(long id, int volgorde, Bloksoort soort, String titel, int minuten, String opdrachtSleutel,
        String opdrachtTitel) {}
