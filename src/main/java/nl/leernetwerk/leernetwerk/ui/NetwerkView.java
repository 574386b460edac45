package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.NetwerkService;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.BijeenkomstSamenvatting;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NetwerkDetail;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import nl.leernetwerk.leernetwerk.Vorm;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A network: its members (joining, leaving, consent to be named with a quote) and its meetings (planned by its leaders). */
@Route("leernetwerk/netwerk/:id")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class NetwerkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NetwerkService netwerken;
    private NetwerkDetail netwerk;

    public NetwerkView(NetwerkService netwerken) {
        this.netwerken = netwerken;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<NetwerkDetail> gevonden = Schermen.id(event)
                .flatMap(id -> netwerken.netwerk(id));
        gevonden.ifPresentOrElse(this::toon, () -> event.rerouteToError(NotFoundException.class));
    }

    private void herlaad() {
        netwerken.netwerk(netwerk.id()).ifPresent(this::toon);
    }

    private void toon(NetwerkDetail detail) {
        netwerk = detail;
        removeAll();
        Span kenmerken = new Span(getTranslation("leernetwerk.netwerk.kenmerken",
                detail.regio() == null ? "-" : detail.regio(), detail.initiator(), detail.facilitator()));
        kenmerken.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(new H1(detail.naam()), kenmerken);

        UnorderedList leden = new UnorderedList();
        leden.setId("leden");
        detail.leden().forEach(l -> leden.add(new ListItem(l.gebruikersnaam() + (l.toestemmingOp() == null ? ""
                : " (" + getTranslation("leernetwerk.netwerk.toestemming.kort") + ")"))));
        add(new H2(getTranslation("leernetwerk.netwerk.leden", detail.leden().size())), leden);
        if (detail.lid()) {
            Checkbox toestemming = new Checkbox(getTranslation("leernetwerk.netwerk.toestemming"), detail.toestemming());
            toestemming.addValueChangeListener(e -> actie(() -> netwerken.toestemming(detail.id(), e.getValue()),
                    e.getValue() ? "leernetwerk.netwerk.toestemming.gegeven" : "leernetwerk.netwerk.toestemming.ingetrokken"));
            Button verlaat = new Button(getTranslation("leernetwerk.netwerk.verlaat"), e -> bevestigVerlaten(detail));
            verlaat.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            verlaat.setVisible(!detail.magLeiden());
            add(toestemming, verlaat);
        } else {
            Button wordLid = new Button(getTranslation("leernetwerk.netwerk.word-lid"),
                    e -> actie(() -> netwerken.wordLid(detail.id()), "leernetwerk.netwerk.lid-geworden"));
            wordLid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(wordLid);
        }

        Grid<BijeenkomstSamenvatting> bijeenkomsten = new Grid<>();
        bijeenkomsten.setId("bijeenkomsten");
        bijeenkomsten.addComponentColumn(b -> new RouterLink(b.datum().format(java.time.format.DateTimeFormatter
                .ofPattern("d-M-yyyy")), NetwerkBijeenkomstView.class, new RouteParameters("id", String.valueOf(b.id()))))
                .setKey("datum").setHeader(getTranslation("leernetwerk.bijeenkomst.datum")).setAutoWidth(true);
        bijeenkomsten.addColumn(b -> getTranslation("leernetwerk.bijeenkomst.vorm." + b.vorm().name())).setKey("vorm")
                .setHeader(getTranslation("leernetwerk.bijeenkomst.vorm")).setAutoWidth(true);
        bijeenkomsten.addColumn(BijeenkomstSamenvatting::thema).setKey("thema")
                .setHeader(getTranslation("leernetwerk.bijeenkomst.thema"));
        bijeenkomsten.addColumn(b -> b.plaats() == null ? "" : b.plaats()).setKey("plaats")
                .setHeader(getTranslation("leernetwerk.bijeenkomst.plaats"));
        bijeenkomsten.setItems(detail.bijeenkomsten());
        bijeenkomsten.setAllRowsVisible(true);
        bijeenkomsten.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(new H2(getTranslation("leernetwerk.bijeenkomst.titel")), bijeenkomsten);
        if (detail.magLeiden()) {
            add(planFormulier());
        }
    }

    /** Leaving takes the member's name out of published quotes: asked first. */
    private void bevestigVerlaten(NetwerkDetail detail) {
        ConfirmDialog bevestig = new ConfirmDialog(getTranslation("leernetwerk.netwerk.verlaat.titel", detail.naam()),
                getTranslation("leernetwerk.netwerk.verlaat.tekst"), getTranslation("leernetwerk.netwerk.verlaat"),
                ok -> actie(() -> netwerken.verlaat(detail.id()), "leernetwerk.netwerk.verlaten"));
        bevestig.setCancelable(true);
        bevestig.setCancelText(getTranslation("leernetwerk.netwerk.verlaat.nee"));
        bevestig.setConfirmButtonTheme("error primary");
        bevestig.open();
    }

    private HorizontalLayout planFormulier() {
        DatePicker datum = new DatePicker(getTranslation("leernetwerk.bijeenkomst.datum"));
        datum.setLocale(Locale.of("nl", "NL"));
        RadioButtonGroup<Vorm> vorm = new RadioButtonGroup<>(getTranslation("leernetwerk.bijeenkomst.vorm"));
        vorm.setItems(Vorm.values());
        vorm.setItemLabelGenerator(v -> getTranslation("leernetwerk.bijeenkomst.vorm." + v.name()));
        vorm.setValue(Vorm.FYSIEK);
        TextField thema = new TextField(getTranslation("leernetwerk.bijeenkomst.thema"));
        thema.setMaxLength(200);
        TextField plaats = new TextField(getTranslation("leernetwerk.bijeenkomst.plaats"));
        plaats.setMaxLength(200);
        Button plan = new Button(getTranslation("leernetwerk.bijeenkomst.plan"), e -> actie(() -> netwerken
                .planBijeenkomst(netwerk.id(), netwerk.versie(), datum.getValue(), vorm.getValue(), thema.getValue(),
                        plaats.getValue()), "leernetwerk.bijeenkomst.gepland"));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout formulier = new HorizontalLayout(datum, vorm, thema, plaats, plan);
        formulier.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        formulier.setWrap(true);
        return formulier;
    }

    private void actie(Runnable actie, String gelukt) {
        try {
            actie.run();
            Notification.show(getTranslation(gelukt));
            herlaad();
        } catch (OngeldigeBijdrageException e) {
            Schermen.fout(this, e.sleutel(), e.argumenten());
        } catch (ObjectOptimisticLockingFailureException e) {
            Schermen.fout(this, "leernetwerk.netwerk.fout.tegelijk");
        }
    }

    @Override
    public String getPageTitle() {
        return netwerk == null ? getTranslation("nav.leernetwerk") : netwerk.naam();
    }
}
