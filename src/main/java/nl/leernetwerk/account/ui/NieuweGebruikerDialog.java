package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import nl.leernetwerk.account.AccountFout;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.NieuweGebruiker;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.account.WachtwoordBeleid;
import nl.leernetwerk.account.domain.Gebruiker;

/** Creates an account; every problem is shown at its field in Dutch and nothing typed is lost. */
class NieuweGebruikerDialog extends Dialog {

    final TextField gebruikersnaam = new TextField(getTranslation("gebruikers.gebruikersnaam"));
    final TextField naam = new TextField(getTranslation("gebruikers.naam"));
    final PasswordField wachtwoord = new PasswordField(getTranslation("wachtwoord.nieuw"));
    final CheckboxGroup<Rol> rollen = new CheckboxGroup<>(getTranslation("gebruikers.rollen"));

    NieuweGebruikerDialog(GebruikerService gebruikerService, Runnable naOpslaan) {
        setHeaderTitle(getTranslation("gebruikers.nieuw"));
        gebruikersnaam.setId("nieuw-gebruikersnaam");
        gebruikersnaam.setMaxLength(Gebruiker.GEBRUIKERSNAAM_MAX);
        naam.setId("nieuw-naam");
        naam.setMaxLength(Gebruiker.NAAM_MAX);
        wachtwoord.setId("nieuw-wachtwoord");
        wachtwoord.setHelperText(getTranslation("wachtwoord.eisen", WachtwoordBeleid.MINIMUM));
        rollen.setId("nieuw-rollen");
        rollen.setItems(Rol.values());
        rollen.setItemLabelGenerator(r -> getTranslation("rol." + r.name()));
        add(new FormLayout(gebruikersnaam, naam, wachtwoord, rollen));

        Button opslaan = new Button(getTranslation("gebruikers.opslaan"), e -> {
            if (!geldig()) {
                return;
            }
            try {
                gebruikerService.maak(new NieuweGebruiker(gebruikersnaam.getValue(), naam.getValue(),
                        wachtwoord.getValue(), rollen.getValue()));
                Notification.show(getTranslation("gebruikers.aangemaakt", gebruikersnaam.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                naOpslaan.run();
            } catch (AccountFout fout) {
                TextField veld = fout.sleutel().startsWith("gebruikers.fout.bezet") ? gebruikersnaam : null;
                if (veld != null) {
                    fout(veld, fout);
                } else {
                    wachtwoord.setErrorMessage(getTranslation(fout.sleutel(), fout.argumenten()));
                    wachtwoord.setInvalid(true);
                }
            } catch (ConstraintViolationException fout) {
                gebruikersnaam.setErrorMessage(getTranslation("gebruikers.fout.gebruikersnaam"));
                gebruikersnaam.setInvalid(true);
            }
        });
        opslaan.setId("nieuw-opslaan");
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("gebruikers.annuleren"), e -> close()), opslaan);
    }

    private boolean geldig() {
        boolean geldig = true;
        String naamWaarde = gebruikersnaam.getValue().strip();
        gebruikersnaam.setInvalid(false);
        naam.setInvalid(false);
        wachtwoord.setInvalid(false);
        rollen.setInvalid(false);
        if (naamWaarde.isEmpty() || !naamWaarde.matches("[\\p{L}\\p{N}._@-]+")) {
            gebruikersnaam.setErrorMessage(getTranslation("gebruikers.fout.gebruikersnaam"));
            gebruikersnaam.setInvalid(true);
            geldig = false;
        }
        if (naam.getValue().isBlank()) {
            naam.setErrorMessage(getTranslation("gebruikers.fout.naam"));
            naam.setInvalid(true);
            geldig = false;
        }
        var overtreding = WachtwoordBeleid.overtreding(naamWaarde, wachtwoord.getValue());
        if (overtreding.isPresent()) {
            wachtwoord.setErrorMessage(getTranslation(overtreding.get(), WachtwoordBeleid.MINIMUM));
            wachtwoord.setInvalid(true);
            geldig = false;
        }
        if (rollen.getValue().isEmpty()) {
            rollen.setErrorMessage(getTranslation("gebruikers.fout.rollen"));
            rollen.setInvalid(true);
            geldig = false;
        }
        return geldig;
    }

    private void fout(TextField veld, AccountFout fout) {
        veld.setErrorMessage(getTranslation(fout.sleutel(), fout.argumenten()));
        veld.setInvalid(true);
    }
}
