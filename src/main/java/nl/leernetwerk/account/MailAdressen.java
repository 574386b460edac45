package nl.leernetwerk.account;

import java.util.Optional;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the application may send a user's notifications by e-mail: only to an active user with an
 * address who has not switched e-mail off. For work the application does by itself (no signed-in user).
 */
@Component
public class MailAdressen {

    /** @param naam how to greet them */
    public record MailOntvanger(String naam, String email) {}

    private final GebruikerRepository gebruikers;

    MailAdressen(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Transactional(readOnly = true)
    public Optional<MailOntvanger> voorMeldingen(String gebruikersnaam) {
        return gebruikers.findByGebruikersnaamIgnoreCase(gebruikersnaam)
                .filter(g -> g.actief() && g.emailMeldingen() && g.email() != null)
                .map(g -> new MailOntvanger(g.naam(), g.email()));
    }
}
