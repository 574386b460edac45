package nl.leernetwerk.leernetwerk;

import nl.leernetwerk.account.MailAdressen;
import nl.leernetwerk.basis.Teksten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each notification by e-mail as well, only when an SMTP server is configured
 * ({@code spring.mail.host}, the same condition as Spring Boot's mail sender), to users with an
 * address who did not switch it off. After the notification's transaction committed, on another
 * thread: a slow or failing mail server never holds up or rolls back what the user did; a failure is logged.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
@EnableAsync
class MeldingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(MeldingMailer.class);
    private static final int ONDERWERP_MAX = 120;

    private final MailSender mailSender;
    private final MailAdressen adressen;
    private final String basisUrl;
    private final String afzender;

    MeldingMailer(MailSender mailSender, MailAdressen adressen,
            @Value("${leernetwerk.basis-url:http://localhost:8080}") String basisUrl,
            @Value("${leernetwerk.mail.afzender:leernetwerk@localhost}") String afzender) {
        this.mailSender = mailSender;
        this.adressen = adressen;
        this.basisUrl = basisUrl.replaceAll("/+$", "");
        this.afzender = afzender;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void stuur(MeldingGemaakt melding) {
        try {
            adressen.voorMeldingen(melding.ontvanger()).ifPresent(ontvanger -> {
                SimpleMailMessage bericht = new SimpleMailMessage();
                bericht.setFrom(afzender);
                bericht.setTo(ontvanger.email());
                bericht.setSubject(Teksten.nl("ln2.mail.onderwerp", kort(melding.tekst())));
                bericht.setText(Teksten.nl("ln2.mail.tekst", ontvanger.naam(), melding.tekst(),
                        melding.link() == null ? basisUrl + "/leernetwerk/meldingen" : basisUrl + "/" + melding.link(),
                        basisUrl + "/account"));
                mailSender.send(bericht);
            });
        } catch (RuntimeException e) {
            LOG.warn("Melding aan {} niet per e-mail verstuurd: {}", melding.ontvanger(), e.toString());
        }
    }

    private static String kort(String tekst) {
        String regel = tekst.replaceAll("\\s+", " ").strip();
        return regel.length() > ONDERWERP_MAX ? regel.substring(0, ONDERWERP_MAX - 1) + "…" : regel;
    }
}
