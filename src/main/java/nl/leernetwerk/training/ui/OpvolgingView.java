package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.OpvolgingService;
import nl.leernetwerk.training.Opvolgpunt;
import nl.leernetwerk.training.domain.Opvolging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Open follow-ups of absences without notice: note the conversation, the practical solution and
 * the outcome. Escalation to handhaving is a separate button with its own dialog and written reason.
 */
@Route("trainingen/opvolging")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class OpvolgingView extends VerticalLayout implements HasDynamicTitle {

    private static final java.time.format.DateTimeFormatter GEESCALEERD = java.time.format.DateTimeFormatter
            .ofPattern("d-M-yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Amsterdam"));

    private final OpvolgingService opvolgingService;
    private final VerticalLayout punten = new VerticalLayout();

    OpvolgingView(OpvolgingService opvolgingService) {
        this.opvolgingService = opvolgingService;
        punten.setPadding(false);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("opvolging.uitleg")), punten);
        toon();
    }

    private void toon() {
        punten.removeAll();
        var open = opvolgingService.open();
        if (open.isEmpty()) {
            punten.add(new Paragraph(getTranslation("opvolging.geen")));
        }
        open.forEach(punt -> punten.add(punt(punt)));
    }

    private Component punt(Opvolgpunt punt) {
        Checkbox contact = new Checkbox(getTranslation("opvolging.contact"), punt.contactGelegd());
        TextArea waarom = tekstveld("opvolging.waarom", punt.waarom());
        TextArea oplossing = tekstveld("opvolging.oplossing", punt.oplossing());
        TextArea uitkomst = tekstveld("opvolging.uitkomst", punt.uitkomst());
        long[] versie = {punt.versie()};
        Button bewaar = new Button(getTranslation("opvolging.bewaar"), e -> {
            if (bewaar(punt, versie, contact, waarom, oplossing, uitkomst, false)) {
                Notification.show(getTranslation("opvolging.bewaard"));
            }
        });
        Button afronden = new Button(getTranslation("opvolging.afronden"), e -> {
            if (uitkomst.getValue() == null || uitkomst.getValue().isBlank()) {
                uitkomst.setInvalid(true);
                uitkomst.setErrorMessage(getTranslation("opvolging.uitkomst.verplicht"));
                return;
            }
            if (bewaar(punt, versie, contact, waarom, oplossing, uitkomst, true)) {
                Notification.show(getTranslation("opvolging.afgerond", punt.deelnemer()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                toon();
            }
        });
        afronden.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(contact, waarom, oplossing, uitkomst);
        HorizontalLayout knoppen = new HorizontalLayout(bewaar, afronden);
        Details details = new Details(getTranslation("opvolging.kop", punt.deelnemer(), punt.groep(),
                TrainingenView.DATUM.format(punt.datum())), form, knoppen);
        if (punt.geescaleerdDoor() != null) {
            Paragraph escalatie = new Paragraph(getTranslation("training.opvolging.geescaleerd", punt.geescaleerdDoor(),
                    GEESCALEERD.format(punt.geescaleerdOp()), punt.escalatieReden() == null ? "" : punt.escalatieReden()));
            escalatie.addClassName(LumoUtility.TextColor.ERROR);
            details.add(escalatie);
        } else {
            // deliberately apart from the conversation's buttons: a separate step, never the default
            Button escaleren = new Button(getTranslation("training.escalatie.knop"),
                    e -> new EscalatieDialog(punt, opvolgingService, this::toon).open());
            escaleren.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            details.add(escaleren);
        }
        details.setOpened(true);
        return details;
    }

    /** Saves from the version this screen read; a co-trainer's save in between is reported, and the typed text stays. */
    private boolean bewaar(Opvolgpunt punt, long[] versie, Checkbox contact, TextArea waarom, TextArea oplossing,
            TextArea uitkomst, boolean afronden) {
        try {
            versie[0] = opvolgingService.bewaar(punt.id(), versie[0], contact.getValue(), waarom.getValue(),
                    oplossing.getValue(), uitkomst.getValue(), afronden);
            return true;
        } catch (ObjectOptimisticLockingFailureException intussenGewijzigd) {
            Notification melding = new Notification();
            melding.addThemeVariants(NotificationVariant.LUMO_ERROR);
            melding.setPosition(Notification.Position.MIDDLE);
            Button herlaad = new Button(getTranslation("opvolging.conflict.herlaad"), e -> {
                melding.close();
                toon();
            });
            Button sluit = new Button(getTranslation("opvolging.conflict.sluit"), e -> melding.close());
            melding.add(new HorizontalLayout(new Paragraph(getTranslation("opvolging.conflict", punt.deelnemer())),
                    herlaad, sluit));
            melding.open();
            return false;
        }
    }

    private TextArea tekstveld(String sleutel, String waarde) {
        TextArea veld = new TextArea(getTranslation(sleutel));
        veld.setMaxLength(Opvolging.TEKST_MAX);
        veld.setHelperText(getTranslation("opvolging.minimaal"));
        veld.setValue(waarde == null ? "" : waarde);
        return veld;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opvolging.titel");
    }
}
