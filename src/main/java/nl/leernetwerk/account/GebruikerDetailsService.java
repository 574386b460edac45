package nl.leernetwerk.account;

import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for Spring Security from the database. */
@Service
class GebruikerDetailsService implements UserDetailsService {

    private final GebruikerRepository gebruikers;

    GebruikerDetailsService(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        Gebruiker gebruiker = gebruikers.findByGebruikersnaamIgnoreCase(gebruikersnaam)
                .orElseThrow(() -> new UsernameNotFoundException(gebruikersnaam));
        return User.withUsername(gebruiker.gebruikersnaam())
                .password(gebruiker.wachtwoordHash())
                .disabled(!gebruiker.actief())
                .authorities(gebruiker.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
