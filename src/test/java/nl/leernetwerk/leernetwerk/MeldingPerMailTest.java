package nl.leernetwerk.leernetwerk;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.leernetwerk.Afmelden;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an SMTP server configured (a real one, GreenMail, in this JVM), a notification also goes
 * out by e-mail to a user who gave an address on the account page and left e-mail on; in Dutch,
 * with a link to the notification's page. A failing mail server does not break the user's action.
 */
@ExtendWith(OutputCaptureExtension.class)
class MeldingPerMailTest extends KaribuTest {

    private static final String WACHTWOORD = "paars-fietswiel-op-dinsdag";
    private static final int POORT = vrijePoort();
    private static GreenMail smtp = start();

    @Autowired
    private GebruikerService gebruikerService;

    @Autowired
    private BijdrageService bijdrageService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> POORT);
        properties.add("leernetwerk.basis-url", () -> "https://leernetwerk.example.nl/");
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(POORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    private void gebruiker(String naam) {
        aanmelding.als("beheerder", Rol.BEHEERDER, () -> gebruikerService.maak(new NieuweGebruiker(naam,
                "Test " + naam, WACHTWOORD, Set.of(Rol.LID))));
    }

    /** The member's own contribution, submitted; a redacteur taking it in review notifies them. */
    private long ingediend(String auteur) {
        return aanmelding.als(auteur, Rol.LID, () -> {
            long id = bijdrageService.nieuw(BijdrageType.PRAKTIJKVOORBEELD);
            long versie = bijdrageService.bewaar(id, new BijdrageGegevens("Werkervaring in de bibliotheek", "Kort.",
                    null, null, List.of(), List.of(), List.of(), List.of(), "Zo deden we het.", null, null, null, null), 0);
            bijdrageService.dienIn(id, versie);
            return id;
        });
    }

    private void neemInReview(long id) {
        aanmelding.als("redacteur", Rol.REDACTEUR, () -> {
            bijdrageService.neemInReview(id, bijdrageService.bijdrage(id).orElseThrow().versie());
            return null;
        });
    }

    private void mailInstellingen(String gebruiker, String adres, boolean aan) {
        login(gebruiker, WACHTWOORD);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("account");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")), adres);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Stuur mijn meldingen ook per e-mail")), aan);
        _click(_get(Button.class, spec -> spec.withText("E-mailinstellingen opslaan")));
    }

    private List<MimeMessage> aan(String adres) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(adres));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void a_notification_is_mailed_in_dutch_to_a_user_with_an_address() throws Exception {
        gebruiker("mia.mail");
        mailInstellingen("mia.mail", "geen adres", true);
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")).getErrorMessage()).isEqualTo(
                "Dit is geen geldig e-mailadres. Gebruik de vorm naam@voorbeeld.nl (hoogstens 254 tekens), of laat het"
                        + " veld leeg.");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")).getValue()).isEqualTo("geen adres");
        assertThat(jdbc.queryForObject("select email from gebruiker where gebruikersnaam = 'mia.mail'", String.class))
                .isNull();
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mailadres")), "mia@voorbeeld.nl");
        _click(_get(Button.class, spec -> spec.withText("E-mailinstellingen opslaan")));
        expectNotifications("Je e-mailinstellingen zijn opgeslagen.");
        Afmelden.afmelden();

        long id = ingediend("mia.mail");
        neemInReview(id);

        await().atMost(Duration.ofSeconds(30)).until(() -> !aan("mia@voorbeeld.nl").isEmpty());
        MimeMessage mail = aan("mia@voorbeeld.nl").getFirst();
        assertThat(mail.getSubject()).isEqualTo(
                "Leernetwerk: De redactie heeft je bijdrage \"Werkervaring in de bibliotheek\" in review genomen.");
        String tekst = mail.getContent().toString();
        assertThat(tekst).startsWith("Hallo Test mia.mail,")
                .contains("https://leernetwerk.example.nl/leernetwerk/bijdrage/" + id)
                .contains("https://leernetwerk.example.nl/account");
        assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger = 'mia.mail'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void no_mail_without_an_address_or_with_e_mail_switched_off() {
        gebruiker("otto.uit");
        gebruiker("zonder.adres");
        gebruiker("ada.aan");
        mailInstellingen("otto.uit", "otto@voorbeeld.nl", false);
        expectNotifications("Je e-mailinstellingen zijn opgeslagen.");
        mailInstellingen("zonder.adres", "", true);
        expectNotifications("Je e-mailinstellingen zijn opgeslagen.");
        mailInstellingen("ada.aan", "ada@voorbeeld.nl", true);
        Afmelden.afmelden();

        int voor = smtp.getReceivedMessages().length;
        neemInReview(ingediend("otto.uit"));
        neemInReview(ingediend("zonder.adres"));
        // the last one is mailed; the two before it were handed to the mailer first and were not
        neemInReview(ingediend("ada.aan"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !aan("ada@voorbeeld.nl").isEmpty());
        assertThat(smtp.getReceivedMessages()).hasSize(voor + 1);
        assertThat(aan("otto@voorbeeld.nl")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger in ('otto.uit', 'zonder.adres')",
                Long.class)).isEqualTo(2);
    }

    @Test
    void a_failing_mail_server_does_not_break_the_action(CapturedOutput uitvoer) {
        gebruiker("fenna.fout");
        mailInstellingen("fenna.fout", "fenna@voorbeeld.nl", true);
        Afmelden.afmelden();
        long id = ingediend("fenna.fout");
        smtp.stop();
        try {
            neemInReview(id);
            assertThat(jdbc.queryForObject("select status from bijdrage where id = ?", String.class, id))
                    .isEqualTo("IN_REVIEW");
            assertThat(jdbc.queryForObject("select count(*) from melding where ontvanger = 'fenna.fout'", Long.class))
                    .isEqualTo(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> uitvoer.getOut().contains(
                    "Melding aan fenna.fout niet per e-mail verstuurd"));
        } finally {
            smtp = start();
        }
    }
}
