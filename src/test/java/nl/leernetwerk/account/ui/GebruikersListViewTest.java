package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.Test;

class GebruikersListViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void beheerder_sees_every_user_with_dutch_role_names() {
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/gebruikers");

        Grid<Object> grid = _get(Grid.class);
        var rijen = IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).subList(0, 4)).toList();
        assertThat(rijen).contains(
                java.util.List.of("beheerder", "Bea Beheer", "Beheerder", "Ja"),
                java.util.List.of("lid", "Lotte Lid", "Lid", "Ja"));
    }
}
