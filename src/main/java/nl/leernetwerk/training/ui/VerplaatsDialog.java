package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.leernetwerk.basis.ui.Datumkiezer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.leernetwerk.training.DeelnemerGegevens;
import nl.leernetwerk.training.DeelnemerService;
import nl.leernetwerk.training.GroepSamenvatting;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Moves a participant to another group of the same trainer, after asking; the old attendance stays where it was. */
class VerplaatsDialog extends BevestigDialog {

    private final DeelnemerGegevens deelnemer;
    private final DeelnemerService deelnemerService;
    private final Runnable klaar;
    private final Select<GroepSamenvatting> naar = new Select<>();
    private final DatePicker per = Datumkiezer.inTaal(new DatePicker());

    VerplaatsDialog(DeelnemerGegevens deelnemer, List<GroepSamenvatting> doelen, DeelnemerService deelnemerService,
            Runnable klaar) {
        super("training.verplaatsen.titel", "training.verplaatsen.uitleg", "training.verplaatsen.ja", deelnemer.naam());
        this.deelnemer = deelnemer;
        this.deelnemerService = deelnemerService;
        this.klaar = klaar;
        naar.setLabel(getTranslation("training.verplaatsen.naar"));
        naar.setItems(doelen);
        naar.setItemLabelGenerator(g -> g == null ? "" : g.naam());
        naar.setEmptySelectionAllowed(false);
        per.setLabel(getTranslation("training.verplaatsen.per"));
        per.setValue(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        add(new FormLayout(naar, per));
    }

    @Override
    protected boolean bevestig() {
        naar.setInvalid(naar.getValue() == null);
        naar.setErrorMessage(getTranslation("training.verplaatsen.naar.verplicht"));
        per.setInvalid(per.getValue() == null);
        per.setErrorMessage(getTranslation("training.verplaatsen.per.verplicht"));
        if (naar.isInvalid() || per.isInvalid()) {
            return false;
        }
        try {
            deelnemerService.verplaats(deelnemer.id(), naar.getValue().id(), per.getValue());
        } catch (IllegalStateException | ObjectOptimisticLockingFailureException al) {
            return mislukt(getTranslation("training.verplaatsen.mislukt", deelnemer.naam()));
        }
        Notification.show(getTranslation("training.verplaatsen.klaar", deelnemer.naam(), naar.getValue().naam()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        klaar.run();
        return true;
    }
}
