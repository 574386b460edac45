package nl.leernetwerk.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.leernetwerk.account.GebruikerService;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.Rol;

/** Beheer: the users and their roles. */
@Route("beheer/gebruikers")
@RolesAllowed(Rol.Naam.BEHEERDER)
class GebruikersListView extends VerticalLayout implements HasDynamicTitle {

    GebruikersListView(GebruikerService gebruikerService) {
        Grid<GebruikerSummary> grid = new Grid<>();
        grid.addColumn(GebruikerSummary::gebruikersnaam).setHeader(getTranslation("gebruikers.gebruikersnaam"));
        grid.addColumn(GebruikerSummary::naam).setHeader(getTranslation("gebruikers.naam"));
        grid.addColumn(g -> g.rollen().stream().map(r -> getTranslation("rol." + r.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("gebruikers.rollen"));
        grid.addColumn(g -> getTranslation(g.actief() ? "gebruikers.actief.ja" : "gebruikers.actief.nee"))
                .setHeader(getTranslation("gebruikers.actief"));
        grid.setItems(gebruikerService.alleGebruikers());
        add(new H1(getPageTitle()), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gebruikers.titel");
    }
}
