package nl.leernetwerk.leernetwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSender;

/** Without {@code spring.mail.host} there is no mail sender and no mailer: notifications stay in the app, nothing fails. */
// the shared context of the other view tests (no SMTP configured there)
@AutoConfigureMockMvc
class GeenMailZonderSmtpTest extends KaribuTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void without_smtp_nothing_is_sent_and_nothing_fails() {
        assertThat(context.getEnvironment().getProperty("spring.mail.host")).isNull();
        assertThat(context.getBeanNamesForType(MailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(MeldingMailer.class)).isEmpty();
        jdbc.update("update gebruiker set email = 'lid@voorbeeld.nl', email_meldingen = true where gebruikersnaam = 'lid'");
        long id = aanmelding.als("lid", Rol.LID, () -> {
            long nieuw = bijdrageService.nieuw(BijdrageType.PRAKTIJKVOORBEELD);
            long versie = bijdrageService.bewaar(nieuw, new BijdrageGegevens("Zonder mailserver", "Kort.", null, null,
                    List.of(), List.of(), List.of(), List.of(), "Zo.", null, null, null, null), 0);
            bijdrageService.dienIn(nieuw, versie);
            return nieuw;
        });
        aanmelding.als("redacteur", Rol.REDACTEUR, () -> {
            bijdrageService.neemInReview(id, bijdrageService.bijdrage(id).orElseThrow().versie());
            return null;
        });
        assertThat(jdbc.queryForObject("select status from bijdrage where id = ?", String.class, id)).isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger = 'lid' and link = ?", Long.class,
                "leernetwerk/bijdrage/" + id)).isEqualTo(1);
        jdbc.update("update gebruiker set email = null where gebruikersnaam = 'lid'");
    }
}
