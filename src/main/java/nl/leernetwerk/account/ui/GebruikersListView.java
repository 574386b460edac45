package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.Rol;

/** Beheer: the users and their roles; create an account, change roles. */
@Route("beheer/gebruikers")
@RolesAllowed(Rol.Naam.BEHEERDER)
public class GebruikersListView extends VerticalLayout implements HasDynamicTitle {

    private final GebruikerService gebruikerService;
    private final Grid<GebruikerSummary> grid = new Grid<>();

    GebruikersListView(GebruikerService gebruikerService) {
        this.gebruikerService = gebruikerService;
        grid.addColumn(GebruikerSummary::gebruikersnaam).setHeader(getTranslation("gebruikers.gebruikersnaam"))
                .setKey("gebruikersnaam");
        grid.addColumn(GebruikerSummary::naam).setHeader(getTranslation("gebruikers.naam")).setKey("naam");
        grid.addColumn(g -> g.rollen().stream().map(r -> getTranslation("rol." + r.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("gebruikers.rollen")).setKey("rollen");
        grid.addColumn(g -> getTranslation(g.actief() ? "gebruikers.actief.ja" : "gebruikers.actief.nee"))
                .setHeader(getTranslation("gebruikers.actief")).setKey("actief");
        grid.addColumn(g -> g.email() == null ? "" : g.email()).setHeader(getTranslation("ln2.email.adres"))
                .setKey("email");
        grid.addComponentColumn(g -> {
            Button wijzig = new Button(getTranslation("gebruikers.rollen.wijzig"),
                    e -> new RollenDialog(gebruikerService, g.id(), this::toon).open());
            wijzig.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            wijzig.setAriaLabel(getTranslation("gebruikers.rollen.wijzig.van", g.gebruikersnaam()));
            return wijzig;
        }).setKey("acties");
        grid.addComponentColumn(g -> {
            Button email = new Button(getTranslation("ln2.email.wijzig"),
                    e -> new EmailDialog(gebruikerService, g, this::toon).open());
            email.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            email.setAriaLabel(getTranslation("ln2.email.van", g.gebruikersnaam()));
            return email;
        }).setKey("email-actie");
        grid.setId("gebruikers");
        Button nieuw = new Button(getTranslation("gebruikers.nieuw"),
                e -> new NieuweGebruikerDialog(gebruikerService, this::toon).open());
        nieuw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nieuw.setId("nieuwe-gebruiker");
        add(new H1(getPageTitle()),
                new HorizontalLayout(nieuw, new RouterLink(getTranslation("audit.titel"), AuditView.class)), grid);
        setSizeFull();
        toon();
    }

    private void toon() {
        grid.setItems(gebruikerService.alleGebruikers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gebruikers.titel");
    }
}
