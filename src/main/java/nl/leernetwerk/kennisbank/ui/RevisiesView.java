package nl.leernetwerk.kennisbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.OngeldigRecordException;
import nl.leernetwerk.kennisbank.RedactieService;
import nl.leernetwerk.kennisbank.RedactieService.RevisieSamenvatting;
import nl.leernetwerk.kennisbank.RedactieService.Verschilregel;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Every revision of a record: who, when, what; any two side by side; restoring one as a new revision. */
@Route("kennisbank/:" + KennisbankRoutes.SLUG + "/revisies")
@RolesAllowed({Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class RevisiesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.of("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final RedactieService redactie;
    private final Grid<RevisieSamenvatting> revisies = new Grid<>();
    private final ComboBox<Integer> links = new ComboBox<>();
    private final ComboBox<Integer> rechts = new ComboBox<>();
    private final Grid<Verschilregel> verschil = new Grid<>();
    private RedactieService.Bewerkbaar record;

    public RevisiesView(RedactieService redactie) {
        this.redactie = redactie;
        addClassNames(LumoUtility.MaxWidth.SCREEN_XLARGE);
        revisies.setId("revisies");
        revisies.addColumn(RevisieSamenvatting::nummer).setKey("nummer").setHeader(getTranslation("revisie.nummer"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        revisies.addColumn(r -> TIJDSTIP.format(r.op())).setKey("op").setHeader(getTranslation("revisie.op"))
                .setAutoWidth(true).setFlexGrow(0);
        revisies.addColumn(RevisieSamenvatting::door).setKey("door").setHeader(getTranslation("revisie.door"))
                .setAutoWidth(true).setFlexGrow(0);
        revisies.addColumn(r -> r.omschrijving() + (r.klein() ? " (" + getTranslation("revisie.klein.kort") + ")" : ""))
                .setKey("omschrijving").setHeader(getTranslation("revisie.omschrijving.kop"));
        revisies.addComponentColumn(this::herstelKnop).setKey("herstel").setAutoWidth(true).setFlexGrow(0);
        revisies.setAllRowsVisible(true);
        revisies.addThemeVariants(GridVariant.LUMO_COMPACT);

        links.setLabel(getTranslation("revisie.links"));
        rechts.setLabel(getTranslation("revisie.rechts"));
        verschil.setId("verschil");
        verschil.addColumn(Verschilregel::links).setKey("links").setHeader(getTranslation("revisie.links"));
        verschil.addColumn(Verschilregel::rechts).setKey("rechts").setHeader(getTranslation("revisie.rechts"));
        verschil.setPartNameGenerator(r -> "verschil-" + r.soort().name().toLowerCase(Locale.ROOT));
        verschil.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        verschil.setAllRowsVisible(true);
        verschil.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(KennisbankRoutes.SLUG).orElse("");
        redactie.bewerkbaar(slug).ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void toon(RedactieService.Bewerkbaar bewerkbaar) {
        record = bewerkbaar;
        removeAll();
        List<RevisieSamenvatting> lijst = redactie.revisies(bewerkbaar.slug());
        revisies.setItems(lijst);
        List<Integer> nummers = lijst.stream().map(RevisieSamenvatting::nummer).toList();
        links.setItems(nummers);
        rechts.setItems(nummers);
        if (nummers.size() >= 2) {
            links.setValue(nummers.get(1));
            rechts.setValue(nummers.get(0));
        }
        Button vergelijk = new Button(getTranslation("revisie.vergelijk"), e -> vergelijk());
        HorizontalLayout keuze = new HorizontalLayout(links, rechts, vergelijk);
        keuze.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getPageTitle()), new RouterLink(bewerkbaar.titel(), KennisrecordView.class,
                new RouteParameters(KennisbankRoutes.SLUG, bewerkbaar.slug())), revisies,
                new H2(getTranslation("revisie.vergelijken")), keuze, verschil);
    }

    private void vergelijk() {
        if (links.getValue() == null || rechts.getValue() == null) {
            Notification.show(getTranslation("revisie.kies.twee"));
            return;
        }
        verschil.setItems(redactie.vergelijk(record.slug(), links.getValue(), rechts.getValue()));
        verschil.setVisible(true);
    }

    private Button herstelKnop(RevisieSamenvatting revisie) {
        Button knop = new Button(getTranslation("revisie.herstel"), e -> {
            ConfirmDialog vraag = new ConfirmDialog(getTranslation("revisie.herstel.titel", revisie.nummer()),
                    getTranslation("revisie.herstel.tekst", revisie.nummer()), getTranslation("revisie.herstel"),
                    bevestigd -> herstel(revisie.nummer()));
            vraag.setCancelable(true);
            vraag.setCancelText(getTranslation("revisie.annuleren"));
            vraag.open();
        });
        knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return knop;
    }

    private void herstel(int nummer) {
        try {
            redactie.herstel(record.slug(), nummer, record.versie());
            Notification.show(getTranslation("revisie.hersteld", nummer));
            redactie.bewerkbaar(record.slug()).ifPresent(this::toon);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notification.show(getTranslation("revisie.fout.tegelijk"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (OngeldigRecordException e) {
            Notification.show(getTranslation("revisie.fout.herstel", e.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revisie.titel", record == null ? "" : record.titel());
    }
}
