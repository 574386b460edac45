package nl.leernetwerk.kennisbank.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import org.junit.jupiter.api.Test;

class GapKaartViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static List<Component> cellen(String kolom) {
        Grid<Object> grid = _get(Grid.class);
        List<Component> cellen = new ArrayList<>();
        for (int rij = 0; rij < _size(grid); rij++) {
            cellen.add(_getCellComponent(grid, rij, kolom));
        }
        return cellen;
    }

    @Test
    void a_cell_counts_the_cases_and_a_click_lists_them() {
        UI.getCurrent().navigate("kennisbank/kaart", QueryParameters.of("as", "trede"));

        Button cel = cellen("1").stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getAriaLabel().orElse("").startsWith("Sociaal netwerk en groep bij Trede 1"))
                .findFirst().orElseThrow();
        int aantal = Integer.parseInt(cel.getText());
        assertThat(aantal).isPositive();

        _click(cel);

        assertThat(_get(H2.class, spec -> spec.withText("Sociaal netwerk en groep bij Trede 1"))).isNotNull();
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .contains("Maatschappelijk Activeringscentrum De Cirkel");
    }

    @Test
    void empty_cells_are_shown_as_gaps() {
        UI.getCurrent().navigate("kennisbank/kaart");

        assertThat(cellen("statushouders")).filteredOn(Span.class::isInstance).isNotEmpty()
                .allSatisfy(gat -> {
                    assertThat(((Span) gat).getText()).isEqualTo("0");
                    assertThat(gat.getElement().getAttribute("aria-label"))
                            .isEqualTo("Geen praktijkvoorbeelden: een gat in de kennis");
                });
        assertThat(cellen("statushouders")).filteredOn(Button.class::isInstance).isNotEmpty();
    }
}
