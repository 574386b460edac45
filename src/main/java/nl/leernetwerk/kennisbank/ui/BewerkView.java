package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.OngeldigRecordException;
import nl.leernetwerk.kennisbank.RedactieService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A redacteur edits a record as its content file (header and Markdown), checked by the rules of
 * the content format; every save is a revision. A small change can be kept from followers.
 */
@Route("kennisbank/:" + KennisbankRoutes.SLUG + "/bewerken")
@RolesAllowed({Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class BewerkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RedactieService redactie;
    private final TextArea tekst = new TextArea();
    private final TextField omschrijving = new TextField();
    private final Checkbox klein = new Checkbox();
    private final Div fouten = new Div();
    private RedactieService.Bewerkbaar record;

    public BewerkView(RedactieService redactie) {
        this.redactie = redactie;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
        tekst.setLabel(getTranslation("revisie.tekst"));
        tekst.setWidthFull();
        tekst.addClassName("bron-tekst");
        omschrijving.setLabel(getTranslation("revisie.omschrijving"));
        omschrijving.setMaxLength(RedactieService.OMSCHRIJVING_MAX);
        omschrijving.setWidthFull();
        klein.setLabel(getTranslation("revisie.klein"));
        fouten.setId("fouten");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(KennisbankRoutes.SLUG).orElse("");
        redactie.bewerkbaar(slug).ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(RedactieService.Bewerkbaar bewerkbaar) {
        record = bewerkbaar;
        removeAll();
        tekst.setValue(bewerkbaar.tekst());
        Button opslaan = new Button(getTranslation("revisie.opslaan"), e -> opslaan());
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("revisie.uitleg")), fouten, tekst, omschrijving,
                klein, opslaan);
    }

    private void opslaan() {
        fouten.removeAll();
        if (omschrijving.getValue().isBlank()) {
            omschrijving.setInvalid(true);
            omschrijving.setErrorMessage(getTranslation("revisie.omschrijving.verplicht"));
            return;
        }
        omschrijving.setInvalid(false);
        try {
            redactie.bewerk(record.slug(), tekst.getValue(), record.versie(), omschrijving.getValue().strip(),
                    klein.getValue());
            Notification.show(getTranslation("revisie.opgeslagen"));
            getUI().ifPresent(ui -> ui.navigate(KennisrecordView.class, new RouteParameters(KennisbankRoutes.SLUG,
                    record.slug())));
        } catch (OngeldigRecordException e) {
            UnorderedList lijst = new UnorderedList();
            e.problemen().forEach(p -> lijst.add(new ListItem(getTranslation("revisie.fout.regel", p.regel(),
                    getTranslation(p.sleutel(), p.argumenten().toArray())))));
            fouten.add(new Paragraph(getTranslation("revisie.fout.titel")), lijst);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notification.show(getTranslation("revisie.fout.tegelijk"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revisie.bewerken.titel", record == null ? "" : record.titel());
    }
}
