package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.training.GroepService;

/**
 * The trainers of a group: every trainer sees the group and its participants. Add a co-trainer
 * (a user with the trainer role) or remove one after a confirmation; the last one stays.
 */
class TrainersBalk extends HorizontalLayout {

    private final GroepService groepService;
    private final Runnable ververs;

    TrainersBalk(GroepService groepService, Runnable ververs) {
        this.groepService = groepService;
        this.ververs = ververs;
        setId("trainers");
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    void toon(long groepId, List<String> trainers, String ik) {
        removeAll();
        add(new Span(getTranslation("training.trainers.kop")));
        for (String trainer : trainers) {
            Span naam = new Span(trainer);
            naam.getElement().getThemeList().add("badge");
            add(naam);
            if (trainers.size() > 1) {
                Button weg = new Button(getTranslation("training.trainers.verwijderen"), e -> verwijder(groepId, trainer, ik));
                weg.setId("trainer-verwijderen-" + trainer);
                weg.getElement().setAttribute("aria-label", getTranslation("training.trainers.verwijderen.label", trainer));
                weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                add(weg);
            }
        }
        ComboBox<GebruikerSummary> kies = new ComboBox<>(getTranslation("training.trainers.toevoegen.label"));
        kies.setItems(groepService.mogelijkeTrainers().stream().filter(g -> !trainers.contains(g.gebruikersnaam())).toList());
        kies.setItemLabelGenerator(g -> g.naam() + " (" + g.gebruikersnaam() + ")");
        Button voegToe = new Button(getTranslation("training.trainers.toevoegen"), e -> {
            if (kies.getValue() == null) {
                kies.setInvalid(true);
                kies.setErrorMessage(getTranslation("training.trainers.toevoegen.verplicht"));
                return;
            }
            groepService.voegTrainerToe(groepId, kies.getValue().gebruikersnaam());
            Notification.show(getTranslation("training.trainers.toegevoegd", kies.getValue().naam()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ververs.run();
        });
        add(kies, voegToe);
    }

    private void verwijder(long groepId, String trainer, String ik) {
        ConfirmDialog bevestig = new ConfirmDialog(getTranslation("training.trainers.verwijderen.titel", trainer),
                getTranslation(trainer.equals(ik) ? "training.trainers.verwijderen.zelf" : "training.trainers.verwijderen.tekst", trainer),
                getTranslation("training.trainers.verwijderen.ja"), ok -> {
                    groepService.verwijderTrainer(groepId, trainer);
                    Notification.show(getTranslation("training.trainers.verwijderd", trainer));
                    if (trainer.equals(ik)) {
                        UI.getCurrent().navigate(TrainingenView.class);
                    } else {
                        ververs.run();
                    }
                });
        bevestig.setCancelable(true);
        bevestig.setCancelText(getTranslation("training.annuleren"));
        bevestig.open();
    }
}
