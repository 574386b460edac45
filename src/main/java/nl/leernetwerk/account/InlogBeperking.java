package nl.leernetwerk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code max-mislukt} failed logins for one user name within the
 * blocking period, or {@code max-mislukt-per-ip} from one address, every attempt is refused (even
 * with the right password) for the blocking period from that last failure. Kept in memory: a
 * restart forgets it, which is acceptable for slowing down guessing.
 */
@Component
class InlogBeperking {

    private static final Logger log = LoggerFactory.getLogger(InlogBeperking.class);
    /** Bounds the memory an attacker can make us use with random user names. */
    private static final int MAX_SLEUTELS = 100_000;

    private final int maxPerGebruiker;
    private final int maxPerAdres;
    private final Duration blokkade;
    private final Map<String, Deque<Instant>> mislukt = new ConcurrentHashMap<>();
    private final Map<String, Instant> geblokkeerdTot = new ConcurrentHashMap<>();
    private Clock klok = Clock.systemUTC();

    InlogBeperking(@Value("${leernetwerk.inloggen.max-mislukt:5}") int maxPerGebruiker,
            @Value("${leernetwerk.inloggen.max-mislukt-per-ip:20}") int maxPerAdres,
            @Value("${leernetwerk.inloggen.blokkade:15m}") Duration blokkade) {
        this.maxPerGebruiker = maxPerGebruiker;
        this.maxPerAdres = maxPerAdres;
        this.blokkade = blokkade;
    }

    boolean geblokkeerd(String gebruikersnaam, String adres) {
        return (gebruikersnaam != null && geblokkeerd(gebruikerSleutel(gebruikersnaam)))
                || (adres != null && geblokkeerd(adresSleutel(adres)));
    }

    private boolean geblokkeerd(String sleutel) {
        Instant tot = geblokkeerdTot.get(sleutel);
        return tot != null && klok.instant().isBefore(tot);
    }

    Duration blokkade() {
        return blokkade;
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent event) {
        Instant nu = klok.instant();
        if (mislukt.size() > MAX_SLEUTELS) {
            mislukt.keySet().removeIf(sleutel -> telling(sleutel) == 0);
            geblokkeerdTot.values().removeIf(tot -> !nu.isBefore(tot));
        }
        String naam = String.valueOf(event.getAuthentication().getPrincipal());
        tel(gebruikerSleutel(naam), maxPerGebruiker, nu);
        adres(event.getAuthentication()).ifPresent(adres -> tel(adresSleutel(adres), maxPerAdres, nu));
    }

    private void tel(String sleutel, int maximum, Instant nu) {
        voegToe(sleutel, nu);
        if (telling(sleutel) >= maximum) {
            geblokkeerdTot.put(sleutel, nu.plus(blokkade));
            mislukt.remove(sleutel);
            log.warn("Inloggen geblokkeerd voor {} na {} mislukte pogingen", sleutel, maximum);
        }
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        mislukt.remove(gebruikerSleutel(event.getAuthentication().getName()));
    }

    /** Tests: forget every failure, or let time pass. */
    void vergeetAlles() {
        mislukt.clear();
        geblokkeerdTot.clear();
    }

    void zetKlok(Clock klok) {
        this.klok = klok;
    }

    private void voegToe(String sleutel, Instant tijdstip) {
        mislukt.compute(sleutel, (k, lijst) -> {
            Deque<Instant> nieuw = lijst == null ? new ArrayDeque<>() : lijst;
            synchronized (nieuw) { // telling() reads it outside this compute
                nieuw.addLast(tijdstip);
                while (nieuw.size() > Math.max(maxPerGebruiker, maxPerAdres)) {
                    nieuw.removeFirst();
                }
            }
            return nieuw;
        });
    }

    /** Failures within the blocking period before now. */
    private int telling(String sleutel) {
        Instant grens = klok.instant().minus(blokkade);
        Deque<Instant> lijst = mislukt.get(sleutel);
        if (lijst == null) {
            return 0;
        }
        synchronized (lijst) {
            return (int) lijst.stream().filter(t -> t.isAfter(grens)).count();
        }
    }

    private static java.util.Optional<String> adres(Authentication authenticatie) {
        return authenticatie.getDetails() instanceof WebAuthenticationDetails details
                ? java.util.Optional.ofNullable(details.getRemoteAddress())
                : java.util.Optional.empty();
    }

    private static String gebruikerSleutel(String naam) {
        return "gebruiker:" + naam.strip().toLowerCase(Locale.ROOT);
    }

    private static String adresSleutel(String adres) {
        return "adres:" + adres;
    }
}
