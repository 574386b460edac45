package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
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
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Aanwezigheidslijst;
import nl.leernetwerk.training.AfwezigheidReden;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attendance for one bijeenkomst: one row per participant, a tap (or arrow keys) per status;
 * every change is saved at once, with who recorded it and when.
 */
@Route("trainingen/bijeenkomst/:" + TrainingRoutes.ID)
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class AanwezigheidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter GEREGISTREERD = DateTimeFormatter.ofPattern("d-M HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final AanwezigheidService aanwezigheidService;
    private final H1 titel = new H1();
    private final VerticalLayout rijen = new VerticalLayout();
    private long bijeenkomstId;
    private final AfsprakenKaart afspraken;
    private final Div sessieLinks = new Div();

    AanwezigheidView(AanwezigheidService aanwezigheidService,
            nl.leernetwerk.training.AfspraakService afspraakService) {
        this.aanwezigheidService = aanwezigheidService;
        this.afspraken = new AfsprakenKaart(afspraakService);
        rijen.setPadding(false);
        add(titel, sessieLinks, afspraken, new Paragraph(getTranslation("aanwezigheid.uitleg")), rijen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Aanwezigheidslijst> lijst;
        try {
            bijeenkomstId = Long.parseLong(event.getRouteParameters().get(TrainingRoutes.ID).orElse(""));
            lijst = aanwezigheidService.lijst(bijeenkomstId);
        } catch (NumberFormatException | AccessDeniedException geenToegang) {
            lijst = Optional.empty();
        }
        lijst.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(Aanwezigheidslijst lijst) {
        var b = lijst.bijeenkomst();
        titel.setText(getTranslation("aanwezigheid.titel", b.groepNaam(), TrainingenView.DATUM.format(b.datum())));
        sessieLinks.removeAll();
        sessieLinks.add(SessieRoutes.bijeenkomstLinks(this, bijeenkomstId));
        afspraken.toon(bijeenkomstId);
        rijen.removeAll();
        lijst.regels().forEach(regel -> rijen.add(rij(regel)));
    }

    private Component rij(Aanwezigheidslijst.Regel regel) {
        RadioButtonGroup<AanwezigheidStatus> status = new RadioButtonGroup<>(regel.naam());
        status.setItems(AanwezigheidStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("aanwezigheid." + s.name()));
        status.setValue(regel.status());
        Select<AfwezigheidReden> reden = new Select<>();
        reden.setLabel(getTranslation("aanwezigheid.reden"));
        reden.setItems(AfwezigheidReden.values());
        reden.setItemLabelGenerator(r -> r == null ? "" : getTranslation("afwezigheidreden." + r.name()));
        reden.setEmptySelectionAllowed(true);
        reden.setEmptySelectionCaption(getTranslation("aanwezigheid.reden.geen"));
        reden.setValue(regel.reden());
        reden.setVisible(regel.status() != null && regel.status().isAfwezig());
        Span wie = new Span(wie(regel));
        wie.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                reden.setVisible(e.getValue().isAfwezig());
                bewaar(regel.deelnemerId(), e.getValue(), reden.getValue(), wie);
            }
        });
        reden.addValueChangeListener(e -> {
            if (e.isFromClient() && status.getValue() != null) {
                bewaar(regel.deelnemerId(), status.getValue(), e.getValue(), wie);
            }
        });
        Div rij = new Div(status, reden, wie);
        rij.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Width.FULL);
        return rij;
    }

    private void bewaar(long deelnemerId, AanwezigheidStatus status, AfwezigheidReden reden, Span wie) {
        Aanwezigheidslijst.Regel opgeslagen = aanwezigheidService.registreer(bijeenkomstId, deelnemerId, status, reden);
        wie.setText(wie(opgeslagen));
        Notification.show(getTranslation("aanwezigheid.opgeslagen", opgeslagen.naam()), 1500,
                Notification.Position.BOTTOM_START);
    }

    private String wie(Aanwezigheidslijst.Regel regel) {
        return regel.geregistreerdDoor() == null ? getTranslation("aanwezigheid.nognietgeregistreerd")
                : getTranslation("aanwezigheid.geregistreerd", regel.geregistreerdDoor(),
                        GEREGISTREERD.format(regel.geregistreerdOp()));
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
