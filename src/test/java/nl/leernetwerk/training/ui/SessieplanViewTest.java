package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.Bloksoort;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sessieplan: ordered blocks with durations, reordering, removal after a question, templates per training. */
class SessieplanViewTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private Aanmelding aanmelding;

    @Test
    @SuppressWarnings("unchecked")
    void blocks_are_ordered_reordered_removed_and_reused_as_a_template() {
        long[] ids = aanmelding.als("trainer", Rol.TRAINER, () -> {
            long groep = groepService.maak(new NieuweGroep("Plangroep", "voel-je-sterk", Variant.REGULIER,
                    LocalDate.of(2027, 4, 5), null, 2));
            long eerste = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 4, 5),
                    LocalTime.of(9, 0), LocalTime.of(10, 0), null));
            long tweede = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 4, 12),
                    LocalTime.of(9, 0), LocalTime.of(10, 0), null));
            return new long[] {eerste, tweede};
        });
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + ids[0] + "/plan");

        BijeenkomstRunTest.blok(Bloksoort.KENNISMAKING, 30, null);
        BijeenkomstRunTest.blok(Bloksoort.AFSPRAKEN, 20, null);
        BijeenkomstRunTest.blok(Bloksoort.PAUZE, 15, null);
        // an opdracht block without its groepsopdracht is explained, not stored
        _setValue(_get(Select.class, spec -> spec.withLabel("Soort blok")), Bloksoort.OPDRACHT);
        _click(_get(Button.class, spec -> spec.withText("Blok toevoegen")));
        ComboBox<Object> opdracht = _get(ComboBox.class, spec -> spec.withLabel("Groepsopdracht"));
        assertThat(opdracht.getErrorMessage()).isEqualTo("Kies de groepsopdracht van dit blok.");
        assertThat(opdracht.isInvalid()).isTrue();
        ComboBoxKt.selectByLabel(opdracht, "Waar ben ik goed in? Jezelf presenteren");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Duur (minuten)")), 30);
        _click(_get(Button.class, spec -> spec.withText("Blok toevoegen")));

        Grid<Object> blokken = _get(Grid.class, spec -> spec.withId("blokken"));
        assertThat(soorten(blokken)).containsExactly("Kennismaking", "Afspraken", "Pauze", "Opdracht");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-totaal")).getText())
                .isEqualTo("Totaal 95 van 60 minuten. Het plan is langer dan de bijeenkomst.");

        // the pauze one place down, after the opdracht
        knop(blokken, 2, "Omlaag");
        assertThat(soorten(blokken)).containsExactly("Kennismaking", "Afspraken", "Opdracht", "Pauze");
        // the afspraken one place up
        knop(blokken, 1, "Omhoog");
        assertThat(soorten(blokken)).containsExactly("Afspraken", "Kennismaking", "Opdracht", "Pauze");
        // removal asks first
        knop(blokken, 3, "Blok verwijderen");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(soorten(blokken)).containsExactly("Afspraken", "Kennismaking", "Opdracht");
        assertThat(_getFormattedRow(blokken, 2)).contains("3", "Opdracht", "Waar ben ik goed in? Jezelf presenteren", "30 min");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van het sjabloon")), "Eerste bijeenkomst");
        _click(_get(Button.class, spec -> spec.withText("Plan bewaren als sjabloon")));

        // the second bijeenkomst: one own block, replaced by the template after a question
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + ids[1] + "/plan");
        BijeenkomstRunTest.blok(Bloksoort.VRIJ, 45, null);
        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Sjabloon")), "Eerste bijeenkomst (van trainer)");
        _click(_get(Button.class, spec -> spec.withText("Sjabloon toepassen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        Grid<Object> tweede = _get(Grid.class, spec -> spec.withId("blokken"));
        assertThat(soorten(tweede)).containsExactly("Afspraken", "Kennismaking", "Opdracht");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-totaal")).getText()).isEqualTo("Totaal 80 van 60 minuten. "
                + "Het plan is langer dan de bijeenkomst.");
    }

    private static List<String> soorten(Grid<Object> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).get(1)).toList();
    }

    private static void knop(Grid<Object> grid, int rij, String label) {
        HorizontalLayout acties = (HorizontalLayout) _getCellComponent(grid, rij, "acties");
        _click(acties.getChildren().map(c -> (Button) c).filter(b -> label.equals(b.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow());
    }
}
