package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import jakarta.validation.ConstraintViolationException;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.MailVoorkeur;
import nl.leernetwerk.account.domain.Gebruiker;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The beheerder sets a user's e-mail address; a refused address or a concurrent change keeps what was typed. */
class EmailDialog extends Dialog {

    final EmailField email = new EmailField(getTranslation("ln2.email.adres"));
    final Checkbox perEmail = new Checkbox(getTranslation("ln2.email.meldingen.beheer"));

    EmailDialog(GebruikerService gebruikerService, GebruikerSummary gebruiker, Runnable naOpslaan) {
        setHeaderTitle(getTranslation("ln2.email.van", gebruiker.gebruikersnaam()));
        email.setId("beheer-email");
        email.setMaxLength(Gebruiker.EMAIL_MAX);
        email.setValue(gebruiker.email() == null ? "" : gebruiker.email());
        email.setWidthFull();
        perEmail.setValue(gebruiker.emailMeldingen());
        add(email, perEmail);
        Button opslaan = new Button(getTranslation("gebruikers.opslaan"), e -> {
            email.setInvalid(false);
            try {
                gebruikerService.wijzigMailvoorkeur(gebruiker.id(), gebruiker.versie(),
                        new MailVoorkeur(email.getValue(), perEmail.getValue()));
                Notification.show(getTranslation("ln2.email.opgeslagen.van", gebruiker.gebruikersnaam()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                naOpslaan.run();
            } catch (ConstraintViolationException fout) {
                email.setErrorMessage(fout.getConstraintViolations().stream().findFirst()
                        .map(v -> getTranslation(v.getMessage())).orElse(getTranslation("ln2.email.fout")));
                email.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException fout) {
                email.setErrorMessage(getTranslation("ln2.email.fout.tegelijk"));
                email.setInvalid(true);
            }
        });
        opslaan.setId("beheer-email-opslaan");
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("gebruikers.annuleren"), e -> close()), opslaan);
    }
}
