package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of knowledge record, with their name in content files and their folder in {@code content/}. */
public enum KennisType {
    PRAKTIJKVOORBEELD("praktijkvoorbeeld", "praktijkvoorbeelden"),
    WERKZAAM_ELEMENT("werkzaam-element", "werkzame-elementen"),
    MOTIVATIETECHNIEK("motivatietechniek", "motivatietechnieken"),
    TRAINING("training", "trainingen"),
    GROEPSOPDRACHT("groepsopdracht", "groepsopdrachten"),
    BRON("bron", "bronnen");

    private final String code;
    private final String map;

    KennisType(String code, String map) {
        this.code = code;
        this.map = map;
    }

    /** The value of {@code type:} in a content file, also used in URLs. */
    public String code() {
        return code;
    }

    /** The folder under {@code content/}; also the metadata key for links to this type. */
    public String map() {
        return map;
    }

    public static Optional<KennisType> vanCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
