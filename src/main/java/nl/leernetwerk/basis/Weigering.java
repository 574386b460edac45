package nl.leernetwerk.basis;

import java.util.List;

/**
 * A refused action or incomplete input, reported to the user; the message is an i18n key with its
 * arguments, so a view shows it in the user's language ({@code getTranslation(sleutel(), argumenten())}).
 */
public class Weigering extends RuntimeException {

    private final String sleutel;
    private final transient List<Object> argumenten;

    public Weigering(String sleutel, Object... argumenten) {
        super(Teksten.nl(sleutel, argumenten));
        this.sleutel = sleutel;
        this.argumenten = List.of(argumenten);
    }

    public String sleutel() {
        return sleutel;
    }

    public Object[] argumenten() {
        return argumenten.toArray();
    }
}
