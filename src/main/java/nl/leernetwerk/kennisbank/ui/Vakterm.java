package nl.leernetwerk.kennisbank.ui;

import java.util.regex.Pattern;

/**
 * Field terms a newcomer may not know. Record pages explain the first occurrence of each in the
 * text (an {@code abbr} with the explanation from the i18n bundle, key {@code vakterm.<NAAM>}).
 * The patterns match the Dutch words in the content, whatever the interface language.
 */
enum Vakterm {
    PARTICIPATIELADDER("participatieladder"),
    TREDE("treden?"),
    STATUSHOUDER("statushouders?"),
    KLANTMANAGER("klantmanagers?"),
    TRAJECTBEGELEIDER("trajectbegeleiders?"),
    JOBCOACH("jobcoach(es)?"),
    WWB("WWB", true),
    WMO("Wmo", true),
    PARTICIPATIEWET("Participatiewet"),
    NUGGER("nuggers?"),
    SOCIALE_ACTIVERING("sociale activering"),
    MET_BEHOUD_VAN_UITKERING("met behoud van uitkering"),
    TEGENPRESTATIE("tegenprestatie"),
    INSTROOM("instroom"),
    DOORSTROOM("doorstroom"),
    UITSTROOM("uitstroom"),
    NAZORG("nazorg"),
    EMPOWERMENT("empowerment"),
    ZELFEFFECTIVITEIT("zelfeffectiviteit"),
    LEEFWERELDBENADERING("leefwereldbenadering"),
    SW_BEDRIJF("SW-bedrijf|sociale werkplaats"),
    NT2("NT2", true),
    SCHULDHULPVERLENING("schuldhulpverlening");

    private final Pattern patroon;

    Vakterm(String woorden) {
        this(woorden, false);
    }

    /** @param hoofdlettergevoelig for abbreviations, so that e.g. "wmo" inside a URL is left alone */
    Vakterm(String woorden, boolean hoofdlettergevoelig) {
        this.patroon = Pattern.compile("(?<![\\p{L}-])(" + woorden + ")(?![\\p{L}-])",
                hoofdlettergevoelig ? 0 : Pattern.CASE_INSENSITIVE);
    }

    Pattern patroon() {
        return patroon;
    }
}
