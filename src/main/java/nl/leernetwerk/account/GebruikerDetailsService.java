package nl.leernetwerk.account;

import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for Spring Security from the database, and stores a stronger hash when the encoder asks for one. */
@Service
class GebruikerDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String nieuweHash) {
        gebruikers.findByGebruikersnaamIgnoreCase(user.getUsername()).ifPresent(g -> g.wijzigWachtwoord(nieuweHash));
        return User.withUserDetails(user).password(nieuweHash).build();
    }
}
