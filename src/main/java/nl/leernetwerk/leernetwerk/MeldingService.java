package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.domain.Melding;
import nl.leernetwerk.leernetwerk.domain.MeldingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's in-app notifications (written by {@link Melder}). */
@Service
@Secured({Rol.Authority.LID, Rol.Authority.REDACTEUR, Rol.Authority.BEHEERDER, Rol.Authority.TRAINER})
public class MeldingService {

    private final MeldingRepository meldingen;
    private final Gebruiker gebruiker;

    MeldingService(MeldingRepository meldingen, Gebruiker gebruiker) {
        this.meldingen = meldingen;
        this.gebruiker = gebruiker;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<MeldingWeergave> mijnMeldingen(Pageable pagina) {
        return meldingen.findByOntvangerOrderByAangemaaktOpDescIdDesc(gebruiker.naam(), pagina)
                .map(m -> new MeldingWeergave(m.id().orElseThrow(), m.tekst(), m.link(), m.aangemaaktOp(), m.gelezen()));
    }

    @Transactional(readOnly = true)
    public long aantalOngelezen() {
        return meldingen.countByOntvangerAndGelezenFalse(gebruiker.naam());
    }

    @Transactional
    public void markeerAllesGelezen() {
        meldingen.findByOntvangerAndGelezenFalse(gebruiker.naam()).forEach(Melding::markeerGelezen);
    }
}
