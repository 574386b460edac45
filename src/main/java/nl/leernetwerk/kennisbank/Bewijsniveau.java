package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** The evidence ladder of the national databanks, lowest first. */
public enum Bewijsniveau {
    ONGETOETST("ongetoetst"),
    GOED_BESCHREVEN("goed-beschreven"),
    GOED_ONDERBOUWD("goed-onderbouwd"),
    EFFECTIEF_EERSTE("effectief-eerste"),
    EFFECTIEF_GOEDE("effectief-goede"),
    EFFECTIEF_STERKE("effectief-sterke");

    private final String code;

    Bewijsniveau(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Bewijsniveau> vanCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
