package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A dialog that asks before an important step, with fields for what the step needs. The confirm
 * button validates; on an error the dialog stays open and keeps everything typed.
 */
abstract class BevestigDialog extends Dialog {

    /** Keys of the bundle; {@code argumenten} fill in the title and the explanation. */
    BevestigDialog(String titelSleutel, String uitlegSleutel, String jaSleutel, Object... argumenten) {
        setHeaderTitle(getTranslation(titelSleutel, argumenten));
        setCloseOnOutsideClick(false);
        setMaxWidth("36rem");
        add(new Paragraph(getTranslation(uitlegSleutel, argumenten)));
        String ja = getTranslation(jaSleutel);
        Button nee = new Button(getTranslation("training.annuleren"), e -> close());
        Button jaKnop = new Button(ja, e -> {
            if (bevestig()) {
                close();
            }
        });
        jaKnop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(nee, jaKnop);
    }

    /** Checks the fields and takes the step; {@code false} keeps the dialog open. */
    protected abstract boolean bevestig();

    /** The step could not be taken (e.g. someone else was first): say so in Dutch, keep the dialog open. */
    protected static boolean mislukt(String melding) {
        Notification.show(melding, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return false;
    }
}
