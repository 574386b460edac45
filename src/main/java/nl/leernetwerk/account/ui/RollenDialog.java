package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.leernetwerk.account.AccountFout;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.Rol;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Changes a user's roles. When someone else changed the user after this dialog opened, the save is
 * refused with a Dutch message and the choice is kept; "Opnieuw laden" shows the current roles.
 */
class RollenDialog extends Dialog {

    final CheckboxGroup<Rol> rollen = new CheckboxGroup<>(getTranslation("gebruikers.rollen"));
    final Paragraph conflict = new Paragraph();
    final Button herlaad = new Button(getTranslation("gebruikers.conflict.herlaad"));
    private final GebruikerService gebruikerService;
    private final long id;
    private GebruikerSummary gelezen;

    RollenDialog(GebruikerService gebruikerService, long id, Runnable naOpslaan) {
        this.gebruikerService = gebruikerService;
        this.id = id;
        rollen.setId("rollen-keuze");
        rollen.setItems(Rol.values());
        rollen.setItemLabelGenerator(r -> getTranslation("rol." + r.name()));
        conflict.setId("rollen-conflict");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");
        conflict.setVisible(false);
        herlaad.setId("rollen-herlaad");
        herlaad.setVisible(false);
        herlaad.addClickListener(e -> laad());
        add(rollen, conflict, herlaad);
        laad();

        Button opslaan = new Button(getTranslation("gebruikers.opslaan"), e -> {
            try {
                gebruikerService.wijzigRollen(id, gelezen.versie(), rollen.getValue());
                Notification.show(getTranslation("gebruikers.rollen.gewijzigd", gelezen.gebruikersnaam()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                naOpslaan.run();
            } catch (ObjectOptimisticLockingFailureException fout) {
                toonFout(getTranslation("gebruikers.conflict"));
                herlaad.setVisible(true);
            } catch (AccountFout fout) {
                toonFout(getTranslation(fout.sleutel(), fout.argumenten()));
            }
        });
        opslaan.setId("rollen-opslaan");
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("gebruikers.annuleren"), e -> close()), opslaan);
    }

    private void laad() {
        gelezen = gebruikerService.gebruiker(id);
        setHeaderTitle(getTranslation("gebruikers.rollen.van", gelezen.gebruikersnaam()));
        rollen.setValue(gelezen.rollen());
        conflict.setVisible(false);
        herlaad.setVisible(false);
    }

    private void toonFout(String tekst) {
        conflict.setText(tekst);
        conflict.setVisible(true);
    }
}
