package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** A value with a fixed lowercase code, as written in content files, URLs and the REST API. */
public interface Code {

    String code();

    /** The constant of {@code type} with this code. */
    static <E extends Enum<E> & Code> Optional<E> van(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
