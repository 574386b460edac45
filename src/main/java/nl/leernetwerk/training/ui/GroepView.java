package nl.leernetwerk.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.leernetwerk.training.PrivacyService;
import nl.leernetwerk.training.GroepSamenvatting;
import nl.leernetwerk.training.GroepStatus;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.nio.charset.StandardCharsets;
import nl.leernetwerk.training.AanwezigheidExport;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.DeelnemerService;
import com.vaadin.flow.router.RouterLink;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Aanwezigheidsoverzicht;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.leernetwerk.basis.ui.Datumkiezer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.BijeenkomstSamenvatting;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.DeelnemerGegevens;
import nl.leernetwerk.training.GroepDetail;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import org.springframework.security.access.AccessDeniedException;

/**
 * One group: its trainers, participants (move, leave, history) and bijeenkomsten, with forms to
 * enrol and to plan, the attendance matrix and the export for a period.
 */
@Route("trainingen/groep/:" + TrainingRoutes.ID)
@RolesAllowed({Rol.Naam.TRAINER, Rol.Naam.BEHEERDER})
class GroepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter KORTE_DATUM = DateTimeFormatter.ofPattern("d-M");

    private final GroepService groepService;
    private final AanwezigheidService aanwezigheidService;
    private final DeelnemerService deelnemerService;
    private final Grid<Aanwezigheidsoverzicht.Rij> overzicht = new Grid<>();
    private final Grid<DeelnemerGegevens> deelnemers = new Grid<>();
    private final Grid<DeelnemerGegevens> uitgeschreven = new Grid<>();
    private final TrainersBalk trainers;
    private final ExportBalk export;
    private final String ik;
    private final Grid<BijeenkomstSamenvatting> bijeenkomsten = new Grid<>();
    private final H1 titel = new H1();
    private final HorizontalLayout statusBalk = new HorizontalLayout();
    private final com.vaadin.flow.component.html.Div sessieLinks = new com.vaadin.flow.component.html.Div();
    private final H2 uitgeschrevenKop = new H2(getTranslation("training.groep.uitgeschreven"));
    private long groepId;

    GroepView(GroepService groepService, AanwezigheidService aanwezigheidService, PrivacyService privacyService,
            DeelnemerService deelnemerService, AanwezigheidExport aanwezigheidExport,
            AuthenticationContext authenticationContext) {
        this.groepService = groepService;
        this.aanwezigheidService = aanwezigheidService;
        this.deelnemerService = deelnemerService;
        this.ik = authenticationContext.getPrincipalName().orElse("");
        this.trainers = new TrainersBalk(groepService, this::ververs);
        this.export = new ExportBalk(aanwezigheidExport);
        deelnemers.addComponentColumn(d -> TrainingRoutes.naarDeelnemer(d.naam(), d.id()))
                .setHeader(getTranslation("deelnemer.naam")).setKey("naam");
        deelnemers.addColumn(d -> getTranslation("contactkanaal." + d.contactkanaal().name()))
                .setHeader(getTranslation("deelnemer.kanaal"));
        deelnemers.addColumn(d -> d.tredeStart() == null ? "" : d.tredeStart().toString())
                .setHeader(getTranslation("deelnemer.trede"));
        if (authenticationContext.hasRole(Rol.Naam.BEHEERDER)) {
            deelnemers.addComponentColumn(d -> privacy(d, privacyService)).setHeader(getTranslation("privacy.kop"))
                    .setKey("privacy").setAutoWidth(true);
        }
        deelnemers.addComponentColumn(this::acties).setHeader(getTranslation("training.deelnemer.acties")).setKey("acties")
                .setAutoWidth(true);
        deelnemers.setAllRowsVisible(true);
        uitgeschreven.addComponentColumn(d -> TrainingRoutes.naarDeelnemer(d.naam(), d.id()))
                .setHeader(getTranslation("deelnemer.naam")).setKey("naam");
        uitgeschreven.addColumn(d -> TrainingenView.DATUM.format(d.uitgeschrevenOp()))
                .setHeader(getTranslation("training.uitschrijven.per"));
        uitgeschreven.addColumn(d -> d.verplaatstNaar() != null ? getTranslation("training.uitgeschreven.verplaatst", d.verplaatstNaar())
                : getTranslation("training.uitschrijfreden." + d.uitschrijfreden().name())).setHeader(getTranslation("training.uitschrijven.reden"))
                .setKey("reden");
        uitgeschreven.setAllRowsVisible(true);
        uitgeschreven.setId("uitgeschreven");
        uitgeschreven.setAriaLabel(getTranslation("training.groep.uitgeschreven"));
        deelnemers.setId("deelnemers");
        deelnemers.setAriaLabel(getTranslation("groep.deelnemers"));
        bijeenkomsten.addComponentColumn(b -> TrainingRoutes.naarBijeenkomst(TrainingenView.DATUM.format(b.datum()), b.id()))
                .setHeader(getTranslation("bijeenkomst.datum")).setKey("datum");
        bijeenkomsten.addColumn(b -> TIJD.format(b.begintijd()) + "–" + TIJD.format(b.eindtijd()))
                .setHeader(getTranslation("bijeenkomst.tijd"));
        bijeenkomsten.addColumn(b -> Optional.ofNullable(b.plaats()).orElse("")).setHeader(getTranslation("bijeenkomst.plaats"));
        bijeenkomsten.addComponentColumn(b -> SessieRoutes.bijeenkomstLinks(this, b.id()))
                .setHeader(getTranslation("sessie.kolom")).setKey("sessie").setAutoWidth(true);
        bijeenkomsten.setAllRowsVisible(true);
        bijeenkomsten.setAriaLabel(getTranslation("groep.bijeenkomsten"));
        bijeenkomsten.setId("bijeenkomsten");
        overzicht.setAllRowsVisible(true);
        overzicht.setId("aanwezigheidsoverzicht");
        overzicht.setAriaLabel(getTranslation("groep.overzicht"));
        add(titel, statusBalk, sessieLinks, trainers, new H2(getTranslation("groep.deelnemers")), deelnemers, nieuweDeelnemer(),
                uitgeschrevenKop, uitgeschreven,
                new H2(getTranslation("groep.bijeenkomsten")), new Paragraph(getTranslation("groep.bijeenkomsten.uitleg")),
                new RouterLink(getTranslation("training.week.link"), BijeenkomstenWeekView.class), bijeenkomsten, nieuweBijeenkomst(),
                new H2(getTranslation("groep.overzicht")), overzicht,
                new H2(getTranslation("training.export.kop")), new Paragraph(getTranslation("training.export.uitleg")), export);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<GroepDetail> groep;
        try {
            groepId = Long.parseLong(event.getRouteParameters().get(TrainingRoutes.ID).orElse(""));
            groep = groepService.groep(groepId);
        } catch (NumberFormatException | AccessDeniedException geenToegang) {
            // another trainer's group is reported as absent, so its existence is not revealed
            groep = Optional.empty();
        }
        groep.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(GroepDetail groep) {
        titel.setText(groep.groep().naam());
        sessieLinks.removeAll();
        sessieLinks.add(SessieRoutes.groepLinks(this, groepId));
        toonStatus(groep.groep());
        trainers.toon(groepId, groep.trainers(), ik);
        deelnemers.setItems(groep.deelnemers());
        uitgeschreven.setItems(groep.uitgeschreven());
        uitgeschrevenKop.setVisible(!groep.uitgeschreven().isEmpty());
        uitgeschreven.setVisible(!groep.uitgeschreven().isEmpty());
        export.toon(groepId, groep.bijeenkomsten());
        bijeenkomsten.setItems(groep.bijeenkomsten());
        toonOverzicht(aanwezigheidService.overzicht(groepId));
    }

    /** Participants against bijeenkomsten, each cell a short status with its colour; the rate and a warning last. */
    private void toonOverzicht(Aanwezigheidsoverzicht matrix) {
        overzicht.removeAllColumns();
        overzicht.addColumn(rij -> rij.uitgeschrevenOp() == null ? rij.naam()
                : getTranslation("training.groep.overzicht.uitgeschreven", rij.naam(), KORTE_DATUM.format(rij.uitgeschrevenOp())))
                .setHeader(getTranslation("deelnemer.naam")).setFrozen(true).setAutoWidth(true);
        for (BijeenkomstSamenvatting b : matrix.bijeenkomsten()) {
            overzicht.addComponentColumn(rij -> cel(rij.statussen().get(b.id())))
                    .setHeader(KORTE_DATUM.format(b.datum())).setKey("b" + b.id()).setAutoWidth(true);
        }
        overzicht.addColumn(rij -> rij.percentage() == null ? "" : Math.round(rij.percentage()) + "%")
                .setHeader(getTranslation("groep.overzicht.percentage")).setKey("percentage");
        overzicht.addComponentColumn(rij -> {
            Span melding = new Span(rij.waarschuwing() ? getTranslation("groep.overzicht.waarschuwing") : "");
            melding.addClassNames(LumoUtility.TextColor.ERROR);
            return melding;
        }).setHeader(getTranslation("groep.overzicht.signaal")).setKey("signaal").setAutoWidth(true);
        overzicht.setItems(matrix.rijen());
    }

    private Span cel(AanwezigheidStatus status) {
        Span cel = new Span(status == null ? "·" : getTranslation("aanwezigheid.kort." + status.name()));
        if (status != null) {
            cel.getElement().setAttribute("title", getTranslation("aanwezigheid." + status.name()));
            cel.addClassNames("aanwezigheid-" + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return cel;
    }

    /** Status of the group with the step that fits it: start (asking first below the minimum) or finish. */
    private void toonStatus(GroepSamenvatting groep) {
        statusBalk.removeAll();
        statusBalk.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        statusBalk.add(new Span(getTranslation("groepstatus." + groep.status().name(), groep.aantalDeelnemers(),
                groep.minimum())));
        if (groep.status() == GroepStatus.WACHT_OP_DEELNEMERS) {
            statusBalk.add(new Button(getTranslation("groep.start"), e -> {
                if (groep.aantalDeelnemers() >= groep.minimum()) {
                    groepService.start(groepId, false);
                    ververs();
                    return;
                }
                ConfirmDialog toch = new ConfirmDialog(getTranslation("groep.start.toch.titel"),
                        getTranslation("groep.start.toch.tekst", groep.aantalDeelnemers(), groep.minimum()),
                        getTranslation("groep.start.toch.ja"), ok -> {
                            groepService.start(groepId, true);
                            ververs();
                        });
                toch.setCancelable(true);
                toch.setCancelText(getTranslation("privacy.vergeten.nee"));
                toch.open();
            }));
        } else if (groep.status() == GroepStatus.LOOPT) {
            statusBalk.add(new Button(getTranslation("groep.afronden"), e -> {
                groepService.rondAf(groepId);
                ververs();
            }));
        }
    }

    /** Move and leave, each after a confirmation; moving only to another running or waiting group of this trainer. */
    private HorizontalLayout acties(DeelnemerGegevens deelnemer) {
        Button verplaatsen = new Button(getTranslation("training.verplaatsen.knop"), e -> new VerplaatsDialog(deelnemer,
                groepService.mijnGroepen().stream().filter(g -> g.id() != groepId && g.status() != GroepStatus.AFGEROND)
                        .toList(), deelnemerService, this::ververs).open());
        Button uitschrijven = new Button(getTranslation("training.uitschrijven.knop"),
                e -> new UitschrijfDialog(deelnemer, deelnemerService, this::ververs).open());
        verplaatsen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        uitschrijven.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(verplaatsen, uitschrijven);
    }

    /** The AVG rights of one participant, for beheerders: inzage as a download, vergetelheid after a confirmation. */
    private HorizontalLayout privacy(DeelnemerGegevens deelnemer, PrivacyService privacyService) {
        Anchor inzage = new Anchor((DownloadHandler) event -> {
            event.setFileName("inzage-deelnemer-" + deelnemer.id() + ".txt");
            event.getOutputStream().write(privacyService.inzage(deelnemer.id()).getBytes(StandardCharsets.UTF_8));
        }, getTranslation("privacy.inzage"));
        Button vergeten = new Button(getTranslation("privacy.vergeten"), e -> {
            ConfirmDialog bevestig = new ConfirmDialog(getTranslation("privacy.vergeten.titel", deelnemer.naam()),
                    getTranslation("privacy.vergeten.tekst"), getTranslation("privacy.vergeten.ja"), ok -> {
                        privacyService.vergeet(deelnemer.id());
                        Notification.show(getTranslation("privacy.vergeten.klaar", deelnemer.naam()));
                        ververs();
                    });
            bevestig.setCancelable(true);
            bevestig.setCancelText(getTranslation("privacy.vergeten.nee"));
            bevestig.setConfirmButtonTheme("error primary");
            bevestig.open();
        });
        vergeten.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(inzage, vergeten);
    }

    private void ververs() {
        groepService.groep(groepId).ifPresent(this::toon);
    }

    private FormLayout nieuweDeelnemer() {
        TextField naam = new TextField(getTranslation("deelnemer.naam"));
        naam.setMaxLength(200);
        Select<Contactkanaal> kanaal = new Select<>();
        kanaal.setLabel(getTranslation("deelnemer.kanaal"));
        kanaal.setItems(Contactkanaal.values());
        kanaal.setItemLabelGenerator(k -> k == null ? "" : getTranslation("contactkanaal." + k.name()));
        kanaal.setValue(Contactkanaal.TELEFOON);
        DatePicker verwezenOp = Datumkiezer.inTaal(new DatePicker(getTranslation("deelnemer.verwezenop")));
        IntegerField trede = new IntegerField(getTranslation("deelnemer.trede"));
        trede.setMin(1);
        trede.setMax(6);
        Button inschrijven = new Button(getTranslation("deelnemer.inschrijven"), e -> {
            boolean naamOk = naam.getValue() != null && !naam.getValue().isBlank();
            naam.setInvalid(!naamOk);
            naam.setErrorMessage(getTranslation("deelnemer.naam.verplicht"));
            boolean tredeOk = trede.getValue() == null || trede.getValue() >= 1 && trede.getValue() <= 6;
            trede.setInvalid(!tredeOk);
            trede.setErrorMessage(getTranslation("deelnemer.trede.bereik"));
            if (naamOk && tredeOk) {
                groepService.voegDeelnemerToe(groepId, new NieuweDeelnemer(naam.getValue(), kanaal.getValue(),
                        verwezenOp.getValue(), trede.getValue()));
                Notification.show(getTranslation("deelnemer.ingeschreven", naam.getValue()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                naam.clear();
                verwezenOp.clear();
                trede.clear();
                ververs();
            }
        });
        return new FormLayout(naam, kanaal, verwezenOp, trede, inschrijven);
    }

    private FormLayout nieuweBijeenkomst() {
        DatePicker datum = Datumkiezer.inTaal(new DatePicker(getTranslation("bijeenkomst.datum")));
        TimePicker begin = new TimePicker(getTranslation("bijeenkomst.begintijd"), LocalTime.of(9, 30));
        TimePicker eind = new TimePicker(getTranslation("bijeenkomst.eindtijd"), LocalTime.of(12, 0));
        TextField plaats = new TextField(getTranslation("bijeenkomst.plaats"));
        plaats.setMaxLength(200);
        Button plannen = new Button(getTranslation("bijeenkomst.plannen"), e -> {
            datum.setInvalid(datum.getValue() == null);
            datum.setErrorMessage(getTranslation("bijeenkomst.datum.verplicht"));
            boolean tijdenOk = begin.getValue() != null && eind.getValue() != null && eind.getValue().isAfter(begin.getValue());
            eind.setInvalid(!tijdenOk);
            eind.setErrorMessage(getTranslation("bijeenkomst.eindtijd.voorbegin"));
            if (datum.getValue() != null && tijdenOk) {
                groepService.planBijeenkomst(groepId, new NieuweBijeenkomst(datum.getValue(), begin.getValue(),
                        eind.getValue(), plaats.getValue()));
                Notification.show(getTranslation("bijeenkomst.gepland")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                datum.clear();
                ververs();
            }
        });
        return new FormLayout(datum, begin, eind, plaats, plannen);
    }

    @Override
    public String getPageTitle() {
        return titel.getText();
    }
}
