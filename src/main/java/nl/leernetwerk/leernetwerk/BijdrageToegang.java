package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.leernetwerk.domain.Bijdrage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees a contribution: its author always; the redactie once it is submitted; other members
 * only a shared lighter type. A published praktijkvoorbeeld is seen in the kennisbank.
 */
@Component
class BijdrageToegang {

    private final Gebruiker gebruiker;

    BijdrageToegang(Gebruiker gebruiker) {
        this.gebruiker = gebruiker;
    }

    boolean magZien(Bijdrage b) {
        return b.auteur().equals(gebruiker.naam())
                || gebruiker.isRedactie() && b.status() != BijdrageStatus.CONCEPT
                || b.type().isLicht() && b.status() == BijdrageStatus.GEPUBLICEERD;
    }

    void zichtbaar(Bijdrage b) {
        if (!magZien(b)) {
            throw new AccessDeniedException("bijdrage " + b.id().orElse(null));
        }
    }

    void vanAuteur(Bijdrage b) {
        if (!b.auteur().equals(gebruiker.naam())) {
            throw new AccessDeniedException("niet de auteur van bijdrage " + b.id().orElse(null));
        }
    }
}
