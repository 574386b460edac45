package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.Deelnemergeschiedenis;
import nl.leernetwerk.training.DeelnemerService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The history of one participant: the groups (moves, leaving), attendance at every bijeenkomst,
 * follow-ups and escalations. Only for the trainers of their group and beheerders; the read is audited.
 */
@Route("trainingen/deelnemer/:" + TrainingRoutes.ID)
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class DeelnemerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final DeelnemerService deelnemerService;
    private final H1 titel = new H1();
    private final Grid<Deelnemergeschiedenis.Inschrijving> groepen = new Grid<>();
    private final Grid<Deelnemergeschiedenis.Aanwezigheidsregel> aanwezigheid = new Grid<>();
    private final Grid<Deelnemergeschiedenis.Opvolgingsregel> opvolgingen = new Grid<>();

    DeelnemerView(DeelnemerService deelnemerService) {
        this.deelnemerService = deelnemerService;
        groepen.addComponentColumn(i -> TrainingRoutes.naarGroep(i.groep(), i.groepId()))
                .setHeader(getTranslation("training.geschiedenis.groep")).setKey("groep");
        groepen.addColumn(this::verloop).setHeader(getTranslation("training.geschiedenis.verloop")).setKey("verloop");
        groepen.setId("geschiedenis-groepen");
        aanwezigheid.addColumn(a -> TrainingenView.DATUM.format(a.datum())).setHeader(getTranslation("bijeenkomst.datum"))
                .setKey("datum");
        aanwezigheid.addColumn(Deelnemergeschiedenis.Aanwezigheidsregel::groep).setHeader(getTranslation("training.geschiedenis.groep"));
        aanwezigheid.addColumn(a -> getTranslation("aanwezigheid." + a.status().name()))
                .setHeader(getTranslation("training.geschiedenis.status")).setKey("status");
        aanwezigheid.addColumn(a -> a.reden() == null ? "" : getTranslation("afwezigheidreden." + a.reden().name()))
                .setHeader(getTranslation("aanwezigheid.reden"));
        aanwezigheid.addColumn(Deelnemergeschiedenis.Aanwezigheidsregel::geregistreerdDoor)
                .setHeader(getTranslation("training.geschiedenis.door"));
        aanwezigheid.setId("geschiedenis-aanwezigheid");
        opvolgingen.addColumn(o -> TrainingenView.DATUM.format(o.datum())).setHeader(getTranslation("bijeenkomst.datum"));
        opvolgingen.addColumn(Deelnemergeschiedenis.Opvolgingsregel::groep).setHeader(getTranslation("training.geschiedenis.groep"));
        opvolgingen.addColumn(o -> getTranslation(o.contactGelegd() ? "training.geschiedenis.ja" : "training.geschiedenis.nee"))
                .setHeader(getTranslation("opvolging.contact"));
        opvolgingen.addColumn(o -> Optional.ofNullable(o.uitkomst()).orElse("")).setHeader(getTranslation("opvolging.uitkomst"));
        opvolgingen.addColumn(o -> o.afgerondDoor() == null ? getTranslation("training.geschiedenis.open")
                : getTranslation("training.geschiedenis.afgerond", o.afgerondDoor())).setHeader(getTranslation("training.geschiedenis.stand"));
        opvolgingen.addColumn(o -> o.geescaleerdDoor() == null ? "" : getTranslation("training.geschiedenis.escalatie",
                o.geescaleerdDoor(), MOMENT.format(o.geescaleerdOp()), Optional.ofNullable(o.escalatieReden()).orElse("")))
                .setHeader(getTranslation("training.geschiedenis.handhaving")).setKey("escalatie");
        opvolgingen.setId("geschiedenis-opvolging");
        for (Grid<?> grid : new Grid<?>[] {groepen, aanwezigheid, opvolgingen}) {
            grid.setAllRowsVisible(true);
        }
        add(titel, new Paragraph(getTranslation("training.geschiedenis.uitleg")), new H2(getTranslation("training.geschiedenis.groepen")),
                groepen, new H2(getTranslation("groep.overzicht")), aanwezigheid,
                new H2(getTranslation("opvolging.titel")), opvolgingen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Deelnemergeschiedenis> geschiedenis;
        try {
            geschiedenis = deelnemerService.geschiedenis(
                    Long.parseLong(event.getRouteParameters().get(TrainingRoutes.ID).orElse("")));
        } catch (NumberFormatException | AccessDeniedException geenToegang) {
            // someone else's participant is reported as absent, so their existence is not revealed
            geschiedenis = Optional.empty();
        }
        geschiedenis.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(Deelnemergeschiedenis g) {
        titel.setText(getTranslation("training.geschiedenis.titel", g.naam()));
        groepen.setItems(g.inschrijvingen());
        aanwezigheid.setItems(g.aanwezigheid());
        opvolgingen.setItems(g.opvolgingen());
    }

    private String verloop(Deelnemergeschiedenis.Inschrijving i) {
        if (i.uitgeschrevenOp() == null) {
            return getTranslation("training.geschiedenis.actief");
        }
        String per = TrainingenView.DATUM.format(i.uitgeschrevenOp());
        return i.naarGroep() != null ? getTranslation("training.geschiedenis.verplaatst", per, i.naarGroep())
                : getTranslation("training.geschiedenis.uitgeschreven", per, getTranslation("training.uitschrijfreden." + i.reden().name()));
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
