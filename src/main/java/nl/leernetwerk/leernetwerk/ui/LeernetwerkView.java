package nl.leernetwerk.leernetwerk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.leernetwerk.BijdrageSamenvatting;
import nl.leernetwerk.leernetwerk.BijdrageService;
import nl.leernetwerk.leernetwerk.BijdrageType;
import nl.leernetwerk.leernetwerk.NetwerkService;
import nl.leernetwerk.leernetwerk.NetwerkWeergaven.NetwerkSamenvatting;
import nl.leernetwerk.leernetwerk.OngeldigeBijdrageException;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Entry page of the leernetwerk: start a contribution, one's own contributions, the review queue, what is shared. */
@Route("leernetwerk")
@RolesAllowed({Rol.Naam.LID, Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER})
public class LeernetwerkView extends VerticalLayout implements HasDynamicTitle {

    private final BijdrageService bijdragen;
    private final NetwerkService netwerken;

    public LeernetwerkView(BijdrageService bijdragen, NetwerkService netwerken, AuthenticationContext authenticatie) {
        this.bijdragen = bijdragen;
        this.netwerken = netwerken;
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
        add(new H1(getPageTitle()), new Paragraph(getTranslation("leernetwerk.intro")),
                new RouterLink(getTranslation("leernetwerk.melding.titel"), MeldingenView.class));

        Select<BijdrageType> type = new Select<>();
        type.setLabel(getTranslation("leernetwerk.bijdrage.type"));
        type.setItems(BijdrageType.values());
        type.setItemLabelGenerator(t -> getTranslation("leernetwerk.bijdrage.type." + t.name()));
        type.setValue(BijdrageType.PRAKTIJKVOORBEELD);
        Button begin = new Button(getTranslation("leernetwerk.bijdrage.nieuw"), e -> {
            long id = bijdragen.nieuw(type.getValue());
            getUI().ifPresent(ui -> ui.navigate(BijdrageView.class, new RouteParameters("id", String.valueOf(id))));
        });
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout nieuw = new HorizontalLayout(type, begin);
        nieuw.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("leernetwerk.bijdrage.nieuw.kop")), nieuw);

        add(new H2(getTranslation("leernetwerk.bijdrage.mijn")), lijst("mijn-bijdragen", bijdragen::mijnBijdragen, false));
        if (authenticatie.hasAnyRole(Rol.Naam.REDACTEUR, Rol.Naam.BEHEERDER)) {
            add(new H2(getTranslation("leernetwerk.bijdrage.te-beoordelen")),
                    lijst("te-beoordelen", bijdragen::teBeoordelen, true));
        }
        add(new H2(getTranslation("leernetwerk.bijdrage.gedeeld")), lijst("gedeeld", bijdragen::gedeeld, true));
        add(new H2(getTranslation("leernetwerk.netwerk.titel")), netwerkLijst(), nieuwNetwerk());
    }

    private Grid<NetwerkSamenvatting> netwerkLijst() {
        Grid<NetwerkSamenvatting> grid = new Grid<>();
        grid.setId("netwerken");
        grid.addComponentColumn(n -> new RouterLink(n.naam(), NetwerkView.class,
                new RouteParameters("id", String.valueOf(n.id())))).setKey("naam")
                .setHeader(getTranslation("leernetwerk.netwerk.naam")).setFlexGrow(2);
        grid.addColumn(n -> n.regio() == null ? "" : n.regio()).setKey("regio")
                .setHeader(getTranslation("leernetwerk.netwerk.regio"));
        grid.addColumn(NetwerkSamenvatting::facilitator).setKey("facilitator")
                .setHeader(getTranslation("leernetwerk.netwerk.facilitator"));
        grid.addColumn(n -> n.leden() + (n.lid() ? " · " + getTranslation("leernetwerk.netwerk.jij") : ""))
                .setKey("leden").setHeader(getTranslation("leernetwerk.netwerk.leden.kop"));
        grid.setItems(new CallbackDataProvider<NetwerkSamenvatting, Void>(
                q -> netwerken.netwerken(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) netwerken.netwerken(Pageable.ofSize(1)).getTotalElements()));
        grid.setHeight("14em");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private HorizontalLayout nieuwNetwerk() {
        TextField naam = new TextField(getTranslation("leernetwerk.netwerk.naam"));
        naam.setMaxLength(NetwerkService.NAAM_MAX);
        TextField regio = new TextField(getTranslation("leernetwerk.netwerk.regio"));
        TextField facilitator = new TextField(getTranslation("leernetwerk.netwerk.facilitator"));
        facilitator.setHelperText(getTranslation("leernetwerk.netwerk.facilitator.hulp"));
        Button start = new Button(getTranslation("leernetwerk.netwerk.start"), e -> {
            try {
                long id = netwerken.maak(naam.getValue(), regio.getValue(), facilitator.getValue());
                getUI().ifPresent(ui -> ui.navigate(NetwerkView.class, new RouteParameters("id", String.valueOf(id))));
            } catch (OngeldigeBijdrageException fout) {
                naam.setInvalid(true);
                naam.setErrorMessage(getTranslation(fout.sleutel(), fout.argumenten()));
            }
        });
        HorizontalLayout formulier = new HorizontalLayout(naam, regio, facilitator, start);
        formulier.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        formulier.setWrap(true);
        return formulier;
    }

    private Grid<BijdrageSamenvatting> lijst(String id, Function<Pageable, Page<BijdrageSamenvatting>> bron,
            boolean metAuteur) {
        Grid<BijdrageSamenvatting> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(b -> new RouterLink(b.titel(), BijdrageView.class,
                new RouteParameters("id", String.valueOf(b.id())))).setKey("titel")
                .setHeader(getTranslation("leernetwerk.bijdrage.titel")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("leernetwerk.bijdrage.type." + b.type().name())).setKey("type")
                .setHeader(getTranslation("leernetwerk.bijdrage.type"));
        grid.addColumn(b -> getTranslation("leernetwerk.bijdrage.status." + b.status().name())).setKey("status")
                .setHeader(getTranslation("leernetwerk.bijdrage.status"));
        if (metAuteur) {
            grid.addColumn(BijdrageSamenvatting::auteur).setKey("auteur").setHeader(getTranslation("leernetwerk.bijdrage.auteur"));
        }
        grid.addColumn(b -> Tijd.moment(b.gewijzigdOp())).setKey("gewijzigd").setHeader(getTranslation("leernetwerk.bijdrage.gewijzigd"));
        grid.setItems(new CallbackDataProvider<BijdrageSamenvatting, Void>(
                q -> bron.apply(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) bron.apply(Pageable.ofSize(1)).getTotalElements()));
        grid.setPageSize(20);
        grid.setHeight("18em");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leernetwerk");
    }
}
