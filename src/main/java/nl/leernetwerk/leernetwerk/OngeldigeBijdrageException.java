package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.basis.Weigering;

/** A step that is not allowed now or input that is not complete. */
public class OngeldigeBijdrageException extends Weigering {

    public OngeldigeBijdrageException(String sleutel, Object... argumenten) {
        super(sleutel, argumenten);
    }
}
