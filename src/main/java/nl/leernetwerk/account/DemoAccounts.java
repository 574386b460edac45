package nl.leernetwerk.account;

import java.util.Set;
import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import nl.leernetwerk.basis.embedded.EmbeddedDatabaseCondition;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, created only next to the embedded database (never in production,
 * which always configures an external one). The accounts are listed in the README.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
class DemoAccounts implements ApplicationRunner {

    static final String WACHTWOORD = "leernetwerk";

    private final GebruikerRepository gebruikers;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(GebruikerRepository gebruikers, PasswordEncoder passwordEncoder) {
        this.gebruikers = gebruikers;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        maak("beheerder", "Bea Beheer", Rol.BEHEERDER);
        maak("redacteur", "Ruud Redactie", Rol.REDACTEUR);
        maak("trainer", "Tineke Trainer", Rol.TRAINER);
        maak("lid", "Lotte Lid", Rol.LID);
    }

    private void maak(String gebruikersnaam, String naam, Rol rol) {
        if (gebruikers.findByGebruikersnaamIgnoreCase(gebruikersnaam).isEmpty()) {
            gebruikers.save(new Gebruiker(gebruikersnaam, naam, passwordEncoder.encode(WACHTWOORD), Set.of(rol)));
        }
    }
}
