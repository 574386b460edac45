package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.Uitstroom;
import nl.leernetwerk.training.UitkomstService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Per participant trede at start and end and the uitstroom; below it the group's instroom/doorstroom/uitstroom report. */
@Route("trainingen/groep/:" + TrainingRoutes.ID + "/uitkomsten")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class UitkomstenView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UitkomstService uitkomstService;
    private final H1 titel = new H1();
    private final Div kop = new Div();
    private final Grid<UitkomstService.Regel> deelnemers = new Grid<>();
    private final Div rapport = new Div();
    private long groepId;

    UitkomstenView(UitkomstService uitkomstService) {
        this.uitkomstService = uitkomstService;
        deelnemers.setId("uitkomsten");
        deelnemers.setAllRowsVisible(true);
        deelnemers.addColumn(UitkomstService.Regel::naam).setHeader(getTranslation("deelnemer.naam")).setKey("naam");
        deelnemers.addColumn(r -> r.tredeStart() == null ? "" : String.valueOf(r.tredeStart()))
                .setHeader(getTranslation("deelnemer.trede")).setKey("start");
        deelnemers.addComponentColumn(this::invoer).setHeader(getTranslation("uitkomst.invoer")).setKey("invoer")
                .setFlexGrow(4);
        rapport.setWidthFull();
        add(kop, titel, new Paragraph(getTranslation("uitkomst.uitleg")), deelnemers,
                new H2(getTranslation("uitkomst.rapport")), rapport);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UitkomstService.Groepsuitkomsten> uitkomsten = Optional.empty();
        var id = SessieRoutes.id(event);
        if (id.isPresent()) {
            groepId = id.getAsLong();
            try {
                uitkomsten = uitkomstService.groep(groepId);
            } catch (AccessDeniedException geenToegang) {
                uitkomsten = Optional.empty();
            }
        }
        uitkomsten.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(UitkomstService.Groepsuitkomsten uitkomsten) {
        String naam = uitkomsten.groep().naam();
        titel.setText(getTranslation("uitkomst.titel", naam));
        kop.removeAll();
        kop.add(new HorizontalLayout(TrainingRoutes.naarGroep(getTranslation("sessie.terug.groep", naam), groepId),
                new RouterLink(getTranslation("uitkomst.training.link"), TrainingUitkomstenView.class)));
        deelnemers.setItems(uitkomsten.regels());
        rapport.removeAll();
        rapport.add(Rapporttabel.downloads(this, "uitkomsten-groep-" + groepId, titel.getText(),
                () -> uitkomstService.groep(groepId).orElseThrow().rapport()), Rapporttabel.van(this, uitkomsten.rapport()));
    }

    private HorizontalLayout invoer(UitkomstService.Regel regel) {
        IntegerField eind = new IntegerField();
        eind.setAriaLabel(getTranslation("uitkomst.trede.eind"));
        eind.setPlaceholder(getTranslation("uitkomst.trede.eind"));
        eind.setMin(1);
        eind.setMax(6);
        eind.setValue(regel.tredeEind());
        eind.setWidth("8em");
        Checkbox binnen = new Checkbox(getTranslation("uitkomst.binnen"), regel.binnenTrede());
        Select<Uitstroom> uitstroom = new Select<>();
        uitstroom.setAriaLabel(getTranslation("uitkomst.uitstroom"));
        uitstroom.setItems(Uitstroom.values());
        uitstroom.setItemLabelGenerator(u -> u == null ? getTranslation("uitkomst.uitstroom.nog") : getTranslation("uitstroom." + u.name()));
        uitstroom.setEmptySelectionAllowed(true);
        uitstroom.setEmptySelectionCaption(getTranslation("uitkomst.uitstroom.nog"));
        uitstroom.setValue(regel.uitstroom());
        Button bewaar = new Button(getTranslation("uitkomst.bewaren"), e -> {
            boolean ok = eind.getValue() == null || eind.getValue() >= 1 && eind.getValue() <= 6;
            eind.setInvalid(!ok);
            eind.setErrorMessage(getTranslation("deelnemer.trede.bereik"));
            if (!ok) {
                return;
            }
            try {
                uitkomstService.leg(regel.deelnemerId(), regel.versie(), eind.getValue(), binnen.getValue(),
                        uitstroom.getValue());
                Notification.show(getTranslation("uitkomst.bewaard", regel.naam()));
                uitkomstService.groep(groepId).ifPresent(this::toon);
            } catch (ObjectOptimisticLockingFailureException intussenGewijzigd) {
                SessieRoutes.conflict(this);
            }
        });
        bewaar.setId("bewaar-" + regel.deelnemerId());
        HorizontalLayout rij = new HorizontalLayout(eind, binnen, uitstroom, bewaar);
        rij.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return rij;
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
