package nl.leernetwerk.kennisbank;

/** A value with the number of records that have it. */
public record Telling(String waarde, long aantal) {}
