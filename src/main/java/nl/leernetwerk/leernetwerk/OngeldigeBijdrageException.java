package nl.leernetwerk.leernetwerk;

import java.util.List;
import nl.leernetwerk.basis.Teksten;

/** A step that is not allowed now or input that is not complete; the message is an i18n key. */
public class OngeldigeBijdrageException extends RuntimeException {

    private final String sleutel;
    private final transient List<Object> argumenten;

    public OngeldigeBijdrageException(String sleutel, Object... argumenten) {
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
