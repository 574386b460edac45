package nl.leernetwerk.leernetwerk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the Dutch user reads them. */
final class Tijd {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.of("nl"))
            .withZone(ZONE);
    private static final DateTimeFormatter KLOK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    private Tijd() {}

    static String moment(Instant op) {
        return MOMENT.format(op);
    }

    static String klok(Instant op) {
        return KLOK.format(op);
    }
}
