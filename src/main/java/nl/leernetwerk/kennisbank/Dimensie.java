package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** The three empowerment dimensions. */
public enum Dimensie {
    POWER_FROM_WITHIN("power-from-within"),
    POWER_WITH("power-with"),
    POWER_TO("power-to");

    private final String code;

    Dimensie(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Dimensie> vanCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
