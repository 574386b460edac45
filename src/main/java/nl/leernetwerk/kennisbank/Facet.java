package nl.leernetwerk.kennisbank;

import java.util.Arrays;
import java.util.Optional;

/** A facet of search results: the index field it counts and its name in URLs and the REST API. */
public enum Facet {
    TYPE("type", "type"),
    DOELGROEP("doelgroep", "doelgroep"),
    TREDE("trede", "treden"),
    THEMA("thema", "themas"),
    WERKZAAM_ELEMENT("werkzaam-element", "werkzaam_element"),
    BEWIJSNIVEAU("bewijsniveau", "bewijsniveau"),
    REGIO("regio", "regio"),
    BRON("bron", "bron");

    private final String parameter;
    private final String veld;

    Facet(String parameter, String veld) {
        this.parameter = parameter;
        this.veld = veld;
    }

    /** The name in URLs and the REST API. */
    public String parameter() {
        return parameter;
    }

    /** The index field. */
    public String veld() {
        return veld;
    }

    public static Optional<Facet> vanParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }
}
