package nl.leernetwerk.account;

import nl.leernetwerk.basis.Weigering;

/** A refused account change. */
public class AccountFout extends Weigering {

    public AccountFout(String sleutel, Object... argumenten) {
        super(sleutel, argumenten);
    }
}
