package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import nl.leernetwerk.basis.ui.Datumkiezer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import nl.leernetwerk.training.DeelnemerGegevens;
import nl.leernetwerk.training.DeelnemerService;
import nl.leernetwerk.training.Uitschrijfreden;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Ends a participant's enrolment on a date with a coarse reason, after asking; the history stays. */
class UitschrijfDialog extends BevestigDialog {

    private final DeelnemerGegevens deelnemer;
    private final DeelnemerService deelnemerService;
    private final Runnable klaar;
    private final Select<Uitschrijfreden> reden = new Select<>();
    private final DatePicker per = Datumkiezer.inTaal(new DatePicker());

    UitschrijfDialog(DeelnemerGegevens deelnemer, DeelnemerService deelnemerService, Runnable klaar) {
        super("training.uitschrijven.titel", "training.uitschrijven.uitleg", "training.uitschrijven.ja", deelnemer.naam());
        this.deelnemer = deelnemer;
        this.deelnemerService = deelnemerService;
        this.klaar = klaar;
        reden.setLabel(getTranslation("training.uitschrijven.reden"));
        reden.setItems(Arrays.stream(Uitschrijfreden.values()).filter(r -> r != Uitschrijfreden.VERPLAATST).toList());
        reden.setItemLabelGenerator(r -> r == null ? "" : getTranslation("training.uitschrijfreden." + r.name()));
        per.setLabel(getTranslation("training.uitschrijven.per"));
        per.setValue(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        add(new FormLayout(reden, per));
    }

    @Override
    protected boolean bevestig() {
        reden.setInvalid(reden.getValue() == null);
        reden.setErrorMessage(getTranslation("training.uitschrijven.reden.verplicht"));
        per.setInvalid(per.getValue() == null);
        per.setErrorMessage(getTranslation("training.verplaatsen.per.verplicht"));
        if (reden.isInvalid() || per.isInvalid()) {
            return false;
        }
        try {
            deelnemerService.schrijfUit(deelnemer.id(), per.getValue(), reden.getValue());
        } catch (IllegalStateException | ObjectOptimisticLockingFailureException al) {
            return mislukt(getTranslation("training.verplaatsen.mislukt", deelnemer.naam()));
        }
        Notification.show(getTranslation("training.uitschrijven.klaar", deelnemer.naam()));
        klaar.run();
        return true;
    }
}
