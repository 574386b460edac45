package nl.leernetwerk.leernetwerk.domain;

/** An attachment in a list: without its bytes. */
public record BijlageRegel(long id, long bijdrageId, String naam, long grootte) {}
