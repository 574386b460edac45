package nl.leernetwerk.account;

import java.util.List;
import nl.leernetwerk.account.domain.Gebruiker;
import nl.leernetwerk.account.domain.GebruikerRepository;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users as the beheerder sees and manages them. */
@Service
public class GebruikerService {

    private final GebruikerRepository gebruikers;

    GebruikerService(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Secured(Rol.Authority.BEHEERDER)
    @Transactional(readOnly = true)
    public List<GebruikerSummary> alleGebruikers() {
        return gebruikers.findAll(Sort.by("gebruikersnaam")).stream().map(Gebruiker::toSummary).toList();
    }

    /** Active users with the trainer role, e.g. for choosing a co-trainer of a group. */
    @Secured({Rol.Authority.TRAINER, Rol.Authority.BEHEERDER})
    @Transactional(readOnly = true)
    public List<GebruikerSummary> trainers() {
        return gebruikers.findAll(Sort.by("gebruikersnaam")).stream()
                .filter(g -> g.actief() && g.rollen().contains(Rol.TRAINER)).map(Gebruiker::toSummary).toList();
    }
}
