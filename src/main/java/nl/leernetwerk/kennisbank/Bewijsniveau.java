package nl.leernetwerk.kennisbank;

/** The evidence ladder of the national databanks, lowest first. */
public enum Bewijsniveau implements Code {
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

    @Override
    public String code() {
        return code;
    }

}
