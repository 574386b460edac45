package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leernetwerk.training.OpvolgingService;
import nl.leernetwerk.training.Opvolgpunt;
import nl.leernetwerk.training.domain.Opvolging;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Escalation of a follow-up to handhaving: a separate, deliberate step that needs a written
 * reason; the dialog asks first and records who did it and when.
 */
class EscalatieDialog extends BevestigDialog {

    private final Opvolgpunt punt;
    private final OpvolgingService opvolgingService;
    private final Runnable klaar;
    private final TextArea reden = new TextArea();

    EscalatieDialog(Opvolgpunt punt, OpvolgingService opvolgingService, Runnable klaar) {
        super("training.escalatie.titel", "training.escalatie.uitleg", "training.escalatie.ja", punt.deelnemer());
        this.punt = punt;
        this.opvolgingService = opvolgingService;
        this.klaar = klaar;
        reden.setLabel(getTranslation("training.escalatie.reden"));
        reden.setHelperText(getTranslation("opvolging.minimaal"));
        reden.setMaxLength(Opvolging.TEKST_MAX);
        reden.setRequiredIndicatorVisible(true);
        reden.setWidthFull();
        add(reden);
    }

    @Override
    protected boolean bevestig() {
        if (reden.getValue() == null || reden.getValue().isBlank()) {
            reden.setInvalid(true);
            reden.setErrorMessage(getTranslation("training.escalatie.reden.verplicht"));
            return false;
        }
        try {
            opvolgingService.escaleer(punt.id(), reden.getValue());
        } catch (IllegalStateException | ObjectOptimisticLockingFailureException al) {
            return mislukt(getTranslation("training.escalatie.mislukt", punt.deelnemer()));
        }
        Notification.show(getTranslation("training.escalatie.klaar", punt.deelnemer()));
        klaar.run();
        return true;
    }
}
