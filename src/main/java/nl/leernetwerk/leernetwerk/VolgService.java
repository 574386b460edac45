package nl.leernetwerk.leernetwerk;

import java.util.List;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.domain.Volging;
import nl.leernetwerk.leernetwerk.domain.VolgingRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Following a record, a thema or a werkzaam element. */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER, Rol.Authority.TRAINER})
public class VolgService {

    /** One thing the user follows. */
    public record Gevolgd(Volgsoort soort, String waarde) {}

    private final VolgingRepository volgingen;
    private final Gebruiker gebruiker;

    VolgService(VolgingRepository volgingen, Gebruiker gebruiker) {
        this.volgingen = volgingen;
        this.gebruiker = gebruiker;
    }

    @Transactional
    public void volg(Volgsoort soort, String waarde) {
        if (volgingen.findByGebruikerAndSoortAndWaarde(gebruiker.naam(), soort, waarde).isEmpty()) {
            volgingen.save(new Volging(gebruiker.naam(), soort, waarde));
        }
    }

    @Transactional
    public void ontvolg(Volgsoort soort, String waarde) {
        volgingen.findByGebruikerAndSoortAndWaarde(gebruiker.naam(), soort, waarde).ifPresent(volgingen::delete);
    }

    @Transactional(readOnly = true)
    public boolean volgt(Volgsoort soort, String waarde) {
        return volgingen.findByGebruikerAndSoortAndWaarde(gebruiker.naam(), soort, waarde).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Gevolgd> mijnVolgingen() {
        return volgingen.findByGebruikerOrderBySoortAscWaardeAsc(gebruiker.naam()).stream()
                .map(v -> new Gevolgd(v.soort(), v.waarde())).toList();
    }
}
