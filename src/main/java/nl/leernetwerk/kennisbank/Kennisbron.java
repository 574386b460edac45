package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** Where knowledge comes from: research, professionals' practice, or the experience of participants. */
public enum Kennisbron {
    WETENSCHAP("wetenschap"),
    PRAKTIJK("praktijk"),
    ERVARING("ervaring");

    private final String code;

    Kennisbron(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Kennisbron> vanCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
