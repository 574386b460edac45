package nl.leernetwerk.kennisbank;

/** The kinds of knowledge record, with their name in content files and their folder in {@code content/}. */
public enum KennisType implements Code {
    PRAKTIJKVOORBEELD("praktijkvoorbeeld", "praktijkvoorbeelden"),
    WERKZAAM_ELEMENT("werkzaam-element", "werkzame-elementen"),
    MOTIVATIETECHNIEK("motivatietechniek", "motivatietechnieken"),
    TRAINING("training", "trainingen"),
    GROEPSOPDRACHT("groepsopdracht", "groepsopdrachten"),
    BRON("bron", "bronnen"),
    /** A lesson a leernetwerk drew from its meeting, with its scope. */
    LEERPUNT("leerpunt", "leerpunten");

    private final String code;
    private final String map;

    KennisType(String code, String map) {
        this.code = code;
        this.map = map;
    }

    /** The value of {@code type:} in a content file, also used in URLs. */
    @Override
    public String code() {
        return code;
    }

    /** The folder under {@code content/}; also the metadata key for links to this type. */
    public String map() {
        return map;
    }

}
