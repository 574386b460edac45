package nl.leernetwerk.leernetwerk;

import java.time.Instant;

/** A comment in its thread; {@code diepte} 0 for a comment, 1 for a reply to it, and so on. */
public record ReactieWeergave(long id, Long ouderId, String auteur, String tekst, Instant op, int diepte) {}
