package nl.leernetwerk.leernetwerk;

import java.time.Instant;

/** A notification as its receiver sees it; {@code link} is a route location. */
public record MeldingWeergave(long id, String tekst, String link, Instant op, boolean gelezen) {}
