package nl.leernetwerk.kennisbank;

/** The three empowerment dimensions. */
public enum Dimensie implements Code {
    POWER_FROM_WITHIN("power-from-within"),
    POWER_WITH("power-with"),
    POWER_TO("power-to");

    private final String code;

    Dimensie(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

}
