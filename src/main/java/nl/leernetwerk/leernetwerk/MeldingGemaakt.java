package nl.leernetwerk.leernetwerk;

/** An in-app notification was written (published in its transaction; listeners act after commit). */
record MeldingGemaakt(String ontvanger, String tekst, String link) {}
