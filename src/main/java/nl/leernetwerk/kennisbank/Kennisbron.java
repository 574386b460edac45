package nl.leernetwerk.kennisbank;

/** Where knowledge comes from: research, professionals' practice, or the experience of participants. */
public enum Kennisbron implements Code {
    WETENSCHAP("wetenschap"),
    PRAKTIJK("praktijk"),
    ERVARING("ervaring");

    private final String code;

    Kennisbron(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

}
