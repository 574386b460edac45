package nl.leernetwerk.account;

import java.util.List;
import nl.leernetwerk.basis.Teksten;

/** A refused account change; the message is an i18n key, so views can show it in the user's language. */
public class AccountFout extends RuntimeException {

    private final String sleutel;
    private final transient List<Object> argumenten;

    public AccountFout(String sleutel, Object... argumenten) {
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
