package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import nl.leernetwerk.account.AccountFout;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.MailVoorkeur;
import nl.leernetwerk.account.SessieBeheer;
import nl.leernetwerk.account.WachtwoordBeleid;
import nl.leernetwerk.account.domain.Gebruiker;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The signed-in user's own account: change the password, e-mail address and e-mail of notifications, log out on every device. */
@Route("account")
@PermitAll
public class MijnAccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField huidig = new PasswordField(getTranslation("wachtwoord.huidig"));
    final PasswordField nieuw = new PasswordField(getTranslation("wachtwoord.nieuw"));
    final PasswordField herhaal = new PasswordField(getTranslation("wachtwoord.herhaal"));
    final EmailField email = new EmailField(getTranslation("ln2.email.adres"));
    final Checkbox perEmail = new Checkbox(getTranslation("ln2.email.meldingen"));
    private long versie;

    MijnAccountView(GebruikerService gebruikerService, SessieBeheer sessieBeheer,
            AuthenticationContext authenticationContext) {
        String naam = authenticationContext.getPrincipalName().orElse("");
        huidig.setId("wachtwoord-huidig");
        nieuw.setId("wachtwoord-nieuw");
        nieuw.setHelperText(getTranslation("wachtwoord.eisen", WachtwoordBeleid.MINIMUM));
        herhaal.setId("wachtwoord-herhaal");
        Button wijzig = new Button(getTranslation("wachtwoord.wijzig"), e -> wijzig(gebruikerService, naam));
        wijzig.setId("wachtwoord-wijzig");
        wijzig.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout formulier = new FormLayout(huidig, nieuw, herhaal, wijzig);
        formulier.setMaxWidth("32rem");

        email.setId("email");
        email.setHelperText(getTranslation("ln2.email.hulp"));
        email.setMaxLength(Gebruiker.EMAIL_MAX);
        email.setClearButtonVisible(true);
        perEmail.setId("email-meldingen");
        toonMail(gebruikerService.mijnAccount());
        Button bewaarMail = new Button(getTranslation("ln2.email.opslaan"), e -> bewaarMail(gebruikerService));
        bewaarMail.setId("email-opslaan");
        FormLayout mail = new FormLayout(email, perEmail, bewaarMail);
        mail.setMaxWidth("32rem");

        Button overal = new Button(getTranslation("account.overal.knop"), e -> {
            sessieBeheer.uitloggenOveral();
            authenticationContext.logout();
        });
        overal.setId("overal-uitloggen");
        overal.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("account.ingelogd", naam)),
                new H2(getTranslation("wachtwoord.wijzig")), formulier,
                new H2(getTranslation("ln2.email.titel")), mail,
                new H2(getTranslation("account.overal.titel")), new Paragraph(getTranslation("account.overal.uitleg")),
                overal);
    }

    private void wijzig(GebruikerService gebruikerService, String naam) {
        huidig.setInvalid(false);
        nieuw.setInvalid(false);
        herhaal.setInvalid(false);
        var overtreding = WachtwoordBeleid.overtreding(naam, nieuw.getValue());
        if (overtreding.isPresent()) {
            fout(nieuw, getTranslation(overtreding.get(), WachtwoordBeleid.MINIMUM));
            return;
        }
        if (!nieuw.getValue().equals(herhaal.getValue())) {
            fout(herhaal, getTranslation("wachtwoord.fout.herhaal"));
            return;
        }
        try {
            gebruikerService.wijzigWachtwoord(huidig.getValue(), nieuw.getValue());
            huidig.clear();
            nieuw.clear();
            herhaal.clear();
            Notification.show(getTranslation("wachtwoord.gewijzigd")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountFout e) {
            fout(e.sleutel().equals("wachtwoord.fout.huidig") ? huidig : nieuw,
                    getTranslation(e.sleutel(), e.argumenten()));
        }
    }

    private void toonMail(GebruikerSummary account) {
        email.setValue(account.email() == null ? "" : account.email());
        perEmail.setValue(account.emailMeldingen());
        versie = account.versie();
    }

    /** Bean Validation in the service checks the address; what was typed stays when it is refused. */
    private void bewaarMail(GebruikerService gebruikerService) {
        email.setInvalid(false);
        try {
            gebruikerService.wijzigMijnMailvoorkeur(versie, new MailVoorkeur(email.getValue(), perEmail.getValue()));
            toonMail(gebruikerService.mijnAccount());
            Notification.show(getTranslation("ln2.email.opgeslagen")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException e) {
            email.setErrorMessage(e.getConstraintViolations().stream().findFirst()
                    .map(v -> getTranslation(v.getMessage())).orElse(getTranslation("ln2.email.fout")));
            email.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException e) {
            email.setErrorMessage(getTranslation("ln2.email.fout.tegelijk"));
            email.setInvalid(true);
        }
    }

    private static void fout(PasswordField veld, String tekst) {
        veld.setErrorMessage(tekst);
        veld.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.titel");
    }
}
