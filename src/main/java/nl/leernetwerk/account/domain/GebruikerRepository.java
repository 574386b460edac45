package nl.leernetwerk.account.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GebruikerRepository extends JpaRepository<Gebruiker, Long> {

    Optional<Gebruiker> findByGebruikersnaamIgnoreCase(String gebruikersnaam);
}
