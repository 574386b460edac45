package nl.leernetwerk.leernetwerk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leernetwerk.kennisbank.Bewijsniveau;

/**
 * A contribution as its author or a redacteur sees it.
 *
 * @param versie for optimistic locking: what the viewer started from
 * @param kennisrecordSlug once published as a praktijkvoorbeeld
 */
public record BijdrageDetail(long id, long versie, BijdrageType type, BijdrageStatus status, String auteur,
        BijdrageGegevens gegevens, String feedback, Bewijsniveau bewijsniveau, LocalDate reviewDatum,
        List<String> goedgekeurdDoor, String kennisrecordSlug, Instant gewijzigdOp) {}
