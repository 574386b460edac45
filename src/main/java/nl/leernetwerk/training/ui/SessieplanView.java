package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.Blok;
import nl.leernetwerk.training.Bloksoort;
import nl.leernetwerk.training.NieuwBlok;
import nl.leernetwerk.training.OpdrachtService;
import nl.leernetwerk.training.SessieplanService;
import org.springframework.security.access.AccessDeniedException;

/** The plan of a bijeenkomst: ordered blocks with durations; save it as a template of the training or start from one. */
@Route("trainingen/bijeenkomst/:" + TrainingRoutes.ID + "/plan")
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class SessieplanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessieplanService planService;
    private final H1 titel = new H1();
    private final Div kop = new Div();
    private final Grid<Blok> blokken = new Grid<>();
    private final Paragraph totaal = new Paragraph();
    private final Select<SessieplanService.Sjabloon> sjablonen = new Select<>();
    private long bijeenkomstId;

    SessieplanView(SessieplanService planService, OpdrachtService opdrachtService) {
        this.planService = planService;
        blokken.setId("blokken");
        blokken.setAllRowsVisible(true);
        blokken.setAriaLabel(getTranslation("plan.blokken"));
        blokken.addColumn(Blok::volgorde).setHeader("#").setKey("volgorde").setAutoWidth(true).setFlexGrow(0);
        blokken.addColumn(b -> getTranslation("bloksoort." + b.soort().name())).setHeader(getTranslation("plan.soort"))
                .setKey("soort");
        blokken.addColumn(this::omschrijving).setHeader(getTranslation("plan.titel")).setKey("titel").setFlexGrow(2);
        blokken.addColumn(b -> getTranslation("plan.minuten.kort", b.minuten())).setHeader(getTranslation("plan.minuten"))
                .setKey("minuten");
        blokken.addComponentColumn(this::acties).setHeader(getTranslation("plan.acties")).setKey("acties").setAutoWidth(true);
        totaal.setId("plan-totaal");
        add(kop, titel, new Paragraph(getTranslation("plan.uitleg")), blokken, totaal,
                new H2(getTranslation("plan.toevoegen")), nieuwBlok(opdrachtService),
                new H2(getTranslation("plan.sjablonen")), sjabloonForm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SessieplanService.Plan> plan = Optional.empty();
        var id = SessieRoutes.id(event);
        if (id.isPresent()) {
            bijeenkomstId = id.getAsLong();
            try {
                plan = planService.plan(bijeenkomstId);
            } catch (AccessDeniedException geenToegang) {
                plan = Optional.empty();
            }
        }
        plan.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(SessieplanService.Plan plan) {
        var b = plan.bijeenkomst();
        titel.setText(getTranslation("plan.titel.pagina", b.groepNaam(), TrainingenView.DATUM.format(b.datum())));
        kop.removeAll();
        kop.add(new HorizontalLayout(TrainingRoutes.naarGroep(getTranslation("sessie.terug.groep", b.groepNaam()), b.groepId()),
                SessieRoutes.bijeenkomstLinks(this, bijeenkomstId)));
        blokken.setItems(plan.blokken());
        totaal.setText(getTranslation("plan.totaal", plan.totaalMinuten(), plan.beschikbareMinuten()));
        totaal.removeClassName(LumoUtility.TextColor.ERROR);
        if (plan.totaalMinuten() > plan.beschikbareMinuten()) {
            totaal.setText(totaal.getText() + " " + getTranslation("plan.teveel"));
            totaal.addClassNames(LumoUtility.TextColor.ERROR);
        }
        sjablonen.setItems(plan.sjablonen());
    }

    private String omschrijving(Blok b) {
        String titel = b.titel() == null ? "" : b.titel();
        if (b.opdrachtTitel() == null) {
            return titel;
        }
        return titel.isEmpty() ? b.opdrachtTitel() : titel + " (" + b.opdrachtTitel() + ")";
    }

    private HorizontalLayout acties(Blok blok) {
        Button op = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            planService.verplaats(blok.id(), -1);
            ververs();
        });
        op.setAriaLabel(getTranslation("plan.omhoog"));
        op.setTooltipText(getTranslation("plan.omhoog"));
        Button neer = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            planService.verplaats(blok.id(), 1);
            ververs();
        });
        neer.setAriaLabel(getTranslation("plan.omlaag"));
        neer.setTooltipText(getTranslation("plan.omlaag"));
        Button weg = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog vraag = new ConfirmDialog(getTranslation("plan.verwijderen.titel"),
                    getTranslation("plan.verwijderen.tekst", getTranslation("bloksoort." + blok.soort().name())),
                    getTranslation("plan.verwijderen.ja"), ok -> {
                        planService.verwijder(blok.id());
                        ververs();
                    });
            vraag.setCancelable(true);
            vraag.setCancelText(getTranslation("sessie.annuleren"));
            vraag.setConfirmButtonTheme("error primary");
            vraag.open();
        });
        weg.setAriaLabel(getTranslation("plan.verwijderen"));
        weg.setTooltipText(getTranslation("plan.verwijderen"));
        weg.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button knop : new Button[] {op, neer, weg}) {
            knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(op, neer, weg);
    }

    private FormLayout nieuwBlok(OpdrachtService opdrachtService) {
        Select<Bloksoort> soort = new Select<>();
        soort.setLabel(getTranslation("plan.soort"));
        soort.setItems(Bloksoort.values());
        soort.setItemLabelGenerator(s -> getTranslation("bloksoort." + s.name()));
        soort.setValue(Bloksoort.KENNISMAKING);
        TextField titelVeld = new TextField(getTranslation("plan.titel"));
        titelVeld.setMaxLength(200);
        IntegerField minuten = new IntegerField(getTranslation("plan.minuten"));
        minuten.setMin(1);
        minuten.setMax(480);
        // step 1: with min 1 a step of 5 made the browser call 15 (and every multiple of 5) invalid
        minuten.setStepButtonsVisible(true);
        minuten.setValue(15);
        ComboBox<OpdrachtService.Keuze> opdracht = new ComboBox<>(getTranslation("plan.opdracht"));
        opdracht.setItems(opdrachtService.keuzes());
        opdracht.setItemLabelGenerator(o -> o.eigen() ? getTranslation("plan.opdracht.eigen", o.titel()) : o.titel());
        opdracht.setVisible(false);
        opdracht.setWidthFull();
        soort.addValueChangeListener(e -> opdracht.setVisible(e.getValue() == Bloksoort.OPDRACHT));
        Button toevoegen = new Button(getTranslation("plan.toevoegen.knop"), e -> {
            boolean minutenOk = minuten.getValue() != null && minuten.getValue() >= 1 && minuten.getValue() <= 480;
            minuten.setInvalid(!minutenOk);
            minuten.setErrorMessage(getTranslation("plan.minuten.bereik"));
            boolean opdrachtOk = soort.getValue() != Bloksoort.OPDRACHT || opdracht.getValue() != null;
            opdracht.setInvalid(!opdrachtOk);
            opdracht.setErrorMessage(getTranslation("plan.opdracht.verplicht"));
            if (minutenOk && opdrachtOk) {
                planService.voegToe(bijeenkomstId, new NieuwBlok(soort.getValue(), titelVeld.getValue(), minuten.getValue(),
                        soort.getValue() == Bloksoort.OPDRACHT ? opdracht.getValue().sleutel() : null));
                Notification.show(getTranslation("plan.toegevoegd")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                titelVeld.clear();
                ververs();
            }
        });
        toevoegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(soort, minuten, titelVeld, opdracht, toevoegen);
    }

    private FormLayout sjabloonForm() {
        TextField naam = new TextField(getTranslation("plan.sjabloon.naam"));
        naam.setMaxLength(200);
        Button bewaar = new Button(getTranslation("plan.sjabloon.bewaren"), e -> {
            boolean naamOk = !naam.getValue().isBlank();
            naam.setInvalid(!naamOk);
            naam.setErrorMessage(getTranslation("plan.sjabloon.naam.verplicht"));
            if (!naamOk) {
                return;
            }
            if (blokken.getGenericDataView().getItems().findAny().isEmpty()) {
                Notification.show(getTranslation("plan.sjabloon.leeg")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            planService.bewaarAlsSjabloon(bijeenkomstId, naam.getValue());
            Notification.show(getTranslation("plan.sjabloon.bewaard", naam.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            naam.clear();
            ververs();
        });
        sjablonen.setLabel(getTranslation("plan.sjabloon.kies"));
        sjablonen.setItemLabelGenerator(s -> s == null ? "" : getTranslation("plan.sjabloon.label", s.naam(), s.gemaaktDoor()));
        Button toepassen = new Button(getTranslation("plan.sjabloon.toepassen"), e -> {
            SessieplanService.Sjabloon gekozen = sjablonen.getValue();
            sjablonen.setInvalid(gekozen == null);
            sjablonen.setErrorMessage(getTranslation("plan.sjabloon.kies.verplicht"));
            if (gekozen == null) {
                return;
            }
            if (blokken.getGenericDataView().getItems().findAny().isEmpty()) {
                pasToe(gekozen);
                return;
            }
            ConfirmDialog vraag = new ConfirmDialog(getTranslation("plan.sjabloon.vervangen.titel"),
                    getTranslation("plan.sjabloon.vervangen.tekst", gekozen.naam()),
                    getTranslation("plan.sjabloon.vervangen.ja"), ok -> pasToe(gekozen));
            vraag.setCancelable(true);
            vraag.setCancelText(getTranslation("sessie.annuleren"));
            vraag.open();
        });
        return new FormLayout(naam, bewaar, sjablonen, toepassen);
    }

    private void pasToe(SessieplanService.Sjabloon sjabloon) {
        planService.pasToe(bijeenkomstId, sjabloon.id());
        Notification.show(getTranslation("plan.sjabloon.toegepast", sjabloon.naam()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        ververs();
    }

    private void ververs() {
        planService.plan(bijeenkomstId).ifPresent(this::toon);
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
