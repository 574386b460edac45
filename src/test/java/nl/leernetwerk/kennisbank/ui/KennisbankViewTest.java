package nl.leernetwerk.kennisbank.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import org.junit.jupiter.api.Test;

class KennisbankViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static List<String> titels() {
        Grid<Object> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> ((RouterLink) _getCellComponent(grid, i, "titel")).getText()).toList();
    }

    @Test
    void anonymous_visitor_sees_every_type_with_its_count() {
        UI.getCurrent().navigate("kennisbank");

        assertThat(_get(H1.class).getText()).isEqualTo("Kennisbank");
        List<String> perType = _find(RouterLink.class).stream().map(RouterLink::getText)
                .filter(t -> t.matches(".+ \\(\\d+\\)")).toList();
        assertThat(perType).hasSize(7).contains("Bronnen (5)").anyMatch(t -> t.startsWith("Praktijkvoorbeelden ("));
        assertThat(titels()).hasSizeGreaterThan(200);
    }

    @Test
    void type_and_thema_in_the_url_filter_the_list_alphabetically() {
        UI.getCurrent().navigate("kennisbank", QueryParameters.of("type", "bron"));

        assertThat(titels()).containsExactly("Activeren door participeren", "Groepsgewijze aanpak werkt!",
                "Leernetwerk inclusief aan het werk",
                "Re-integratie van cliënten op trede 1 en 2 van de Participatieladder", "Wat is de 'WE' in empowErment?");

        UI.getCurrent().navigate("kennisbank", QueryParameters.simple(Map.of("type", "training", "thema", "taal")));
        assertThat(titels()).containsExactly("Blik op jezelf",
                "Training stap naar werk: solliciteren, werkhouding en werkcultuur");
    }
}
