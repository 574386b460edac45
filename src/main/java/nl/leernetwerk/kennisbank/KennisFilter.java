package nl.leernetwerk.kennisbank;

import java.util.Optional;

/** Browsing the kennisbank: by type and/or thema; empty means all. */
public record KennisFilter(Optional<KennisType> type, Optional<String> thema) {

    public static KennisFilter alles() {
        return new KennisFilter(Optional.empty(), Optional.empty());
    }
}
