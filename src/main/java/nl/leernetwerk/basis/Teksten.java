package nl.leernetwerk.basis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Dutch texts from the i18n bundle for places without a Vaadin UI (logs, exceptions from
 * services). Formats like Vaadin's own provider: {@link MessageFormat} only when there are arguments.
 */
public final class Teksten {

    private static final Locale NEDERLANDS = Locale.of("nl");

    private Teksten() {}

    public static String nl(String sleutel, Object... argumenten) {
        String patroon = ResourceBundle.getBundle("vaadin-i18n/translations", NEDERLANDS).getString(sleutel);
        return argumenten.length == 0 ? patroon : new MessageFormat(patroon, NEDERLANDS).format(argumenten);
    }
}
