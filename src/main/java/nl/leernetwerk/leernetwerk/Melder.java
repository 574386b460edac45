package nl.leernetwerk.leernetwerk;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leernetwerk.basis.Teksten;
import nl.leernetwerk.kennisbank.KennisrecordGewijzigd;
import nl.leernetwerk.leernetwerk.domain.Melding;
import nl.leernetwerk.leernetwerk.domain.MeldingRepository;
import nl.leernetwerk.leernetwerk.domain.VolgingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes in-app notifications: of new and changed kennisrecords to whoever follows them (the
 * record, one of its themas or werkzame elementen), of comments and review steps to the author.
 * Written in the transaction of what they announce, so a rolled-back change announces nothing;
 * {@link MeldingMailer} sends them by e-mail after that transaction committed.
 */
@Component
class Melder {

    private final MeldingRepository meldingen;
    private final VolgingRepository volgingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok = Clock.systemUTC();

    Melder(MeldingRepository meldingen, VolgingRepository volgingen, ApplicationEventPublisher gebeurtenissen) {
        this.meldingen = meldingen;
        this.volgingen = volgingen;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Followers of the record, its themas or its werkzame elementen; not who made the change, nor for a small one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void kennisrecordGewijzigd(KennisrecordGewijzigd wijziging) {
        if (wijziging.klein()) {
            return;
        }
        Set<String> ontvangers = new HashSet<>(volgingen.volgersVan(wijziging.slug(), nietLeeg(wijziging.themas()),
                nietLeeg(wijziging.werkzameElementen())));
        ontvangers.remove(wijziging.door());
        if (ontvangers.isEmpty()) {
            return;
        }
        String tekst = Teksten.nl(wijziging.nieuw() ? "leernetwerk.melding.nieuw" : "leernetwerk.melding.gewijzigd",
                wijziging.titel());
        ontvangers.forEach(o -> meld(o, tekst, "kennisbank/" + wijziging.slug()));
    }

    /** An empty {@code in} list is not portable; a value no tag or slug can have stands in for it. */
    private static Collection<String> nietLeeg(List<String> waarden) {
        return waarden.isEmpty() ? List.of("") : waarden;
    }

    /** For the leernetwerk's own services; needs their transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void meld(String ontvanger, String tekst, String link) {
        Melding melding = meldingen.save(new Melding(ontvanger, tekst, link, klok.instant()));
        gebeurtenissen.publishEvent(new MeldingGemaakt(ontvanger, melding.tekst(), link));
    }
}
