package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.DeelnemerKeuze;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The group's afspraken over omgangsvormen. Every proposal is written down as said, with who
 * proposed it; none is rejected. Taking one off needs the group's consent and a reason, and the
 * afspraak stays readable in the archive.
 */
@Route("trainingen/groep/:" + TrainingRoutes.ID + "/afspraken")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class AfsprakenView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final AfspraakService afspraakService;
    private final H1 titel = new H1();
    private final Div terug = new Div();
    private final VerticalLayout geldend = new VerticalLayout();
    private final VerticalLayout archief = new VerticalLayout();
    private final Select<DeelnemerKeuze> door = new Select<>();
    private long groepId;

    AfsprakenView(AfspraakService afspraakService) {
        this.afspraakService = afspraakService;
        geldend.setPadding(false);
        geldend.setId("afspraken-geldend");
        archief.setPadding(false);
        archief.setId("afspraken-archief");
        add(terug, titel, new Paragraph(getTranslation("afspraken.uitleg")), voorstel(),
                new H2(getTranslation("afspraken.geldend")), geldend,
                new H2(getTranslation("afspraken.archief")), archief);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AfspraakService.Overzicht> overzicht = Optional.empty();
        var id = SessieRoutes.id(event);
        if (id.isPresent()) {
            groepId = id.getAsLong();
            try {
                overzicht = afspraakService.overzicht(groepId);
            } catch (AccessDeniedException geenToegang) {
                overzicht = Optional.empty();
            }
        }
        overzicht.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(AfspraakService.Overzicht overzicht) {
        titel.setText(getTranslation("afspraken.titel", overzicht.groepNaam()));
        terug.removeAll();
        terug.add(TrainingRoutes.naarGroep(getTranslation("sessie.terug.groep", overzicht.groepNaam()), groepId));
        DeelnemerKeuze vorige = door.getValue();
        door.setItems(overzicht.deelnemers());
        door.setValue(vorige == null ? null : overzicht.deelnemers().stream()
                .filter(d -> d.id() == vorige.id()).findFirst().orElse(null));
        geldend.removeAll();
        if (overzicht.geldend().isEmpty()) {
            geldend.add(new Paragraph(getTranslation("afspraken.geen")));
        }
        overzicht.geldend().forEach(a -> geldend.add(regel(a)));
        archief.removeAll();
        if (overzicht.gearchiveerd().isEmpty()) {
            archief.add(new Paragraph(getTranslation("afspraken.archief.geen")));
        }
        overzicht.gearchiveerd().forEach(a -> archief.add(regel(a)));
    }

    private Component voorstel() {
        TextField tekst = new TextField(getTranslation("afspraken.tekst"));
        tekst.setMaxLength(500);
        tekst.setWidthFull();
        door.setLabel(getTranslation("afspraken.door"));
        door.setItemLabelGenerator(d -> d == null ? getTranslation("afspraken.door.groep") : d.naam());
        door.setEmptySelectionAllowed(true);
        door.setEmptySelectionCaption(getTranslation("afspraken.door.groep"));
        Button vastleggen = new Button(getTranslation("afspraken.vastleggen"), e -> {
            boolean ok = tekst.getValue() != null && !tekst.getValue().isBlank();
            tekst.setInvalid(!ok);
            tekst.setErrorMessage(getTranslation("afspraken.tekst.verplicht"));
            if (ok) {
                afspraakService.stelVoor(groepId, door.getValue() == null ? null : door.getValue().id(), tekst.getValue());
                Notification.show(getTranslation("afspraken.vastgelegd")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                tekst.clear();
                ververs();
            }
        });
        vastleggen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(tekst, door, vastleggen);
        form.setColspan(tekst, 2);
        return form;
    }

    private Component regel(AfspraakService.Regel afspraak) {
        Span tekst = new Span(afspraak.tekst());
        tekst.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        String wie = afspraak.voorgesteldDoor() == null ? getTranslation("afspraken.door.groep") : afspraak.voorgesteldDoor();
        Div rij = new Div(tekst, new Div(SessieRoutes.klein(getTranslation("afspraken.voorgesteld", wie,
                MOMENT.format(afspraak.vastgelegdOp()), afspraak.vastgelegdDoor()))));
        if (afspraak.gearchiveerd()) {
            rij.add(new Div(SessieRoutes.klein(getTranslation("afspraken.gearchiveerd", MOMENT.format(afspraak.gearchiveerdOp()),
                    afspraak.gearchiveerdDoor(), afspraak.instemming(), afspraak.reden()))));
        } else {
            Button archiveer = new Button(getTranslation("afspraken.archiveren"), e -> archiveer(afspraak));
            archiveer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            rij.add(archiveer);
        }
        rij.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Width.FULL);
        return rij;
    }

    /** Asks for the group's consent and the reason before an afspraak goes to the archive. */
    private void archiveer(AfspraakService.Regel afspraak) {
        Dialog dialoog = new Dialog(getTranslation("afspraken.archiveren.titel", afspraak.tekst()));
        TextField instemming = new TextField(getTranslation("afspraken.instemming"));
        instemming.setHelperText(getTranslation("afspraken.instemming.hulp"));
        instemming.setMaxLength(500);
        instemming.setWidthFull();
        TextArea reden = new TextArea(getTranslation("afspraken.reden"));
        reden.setMaxLength(500);
        reden.setWidthFull();
        Button bevestig = new Button(getTranslation("afspraken.archiveren.ja"), e -> {
            boolean instemmingOk = !instemming.getValue().isBlank();
            boolean redenOk = !reden.getValue().isBlank();
            instemming.setInvalid(!instemmingOk);
            instemming.setErrorMessage(getTranslation("afspraken.instemming.verplicht"));
            reden.setInvalid(!redenOk);
            reden.setErrorMessage(getTranslation("afspraken.reden.verplicht"));
            if (instemmingOk && redenOk) {
                try {
                    afspraakService.archiveer(afspraak.id(), afspraak.versie(), reden.getValue(), instemming.getValue());
                    Notification.show(getTranslation("afspraken.gearchiveerd.melding"));
                    dialoog.close();
                } catch (ObjectOptimisticLockingFailureException intussenGewijzigd) {
                    SessieRoutes.conflict(this);
                    dialoog.close();
                }
                ververs();
            }
        });
        bevestig.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button annuleer = new Button(getTranslation("sessie.annuleren"), e -> dialoog.close());
        dialoog.add(new Paragraph(getTranslation("afspraken.archiveren.tekst")), instemming, reden);
        dialoog.getFooter().add(annuleer, bevestig);
        dialoog.open();
    }

    private void ververs() {
        afspraakService.overzicht(groepId).ifPresent(this::toon);
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
