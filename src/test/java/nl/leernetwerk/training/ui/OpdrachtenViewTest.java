package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.kennisbank.Dimensie;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.NieuweOpdracht;
import nl.leernetwerk.training.OpdrachtService;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groepsopdrachten: the library with both instructions, and a trainer's own opdracht that only she sees and plans. */
class OpdrachtenViewTest extends KaribuTest {

    @Autowired
    private OpdrachtService opdrachtService;

    @Autowired
    private GroepService groepService;

    @Autowired
    private Aanmelding aanmelding;

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_adds_her_own_opdracht_plans_it_and_nobody_else_sees_it() {
        String vanB = aanmelding.als("trainer-b", Rol.TRAINER, () -> opdrachtService.maak(new NieuweOpdracht(
                "Geheim van B", null, "Alleen voor de groepen van B.", null, java.util.List.of(), java.util.List.of())));
        long bijeenkomst = aanmelding.als("trainer", Rol.TRAINER, () -> {
            long groep = groepService.maak(new NieuweGroep("Opdrachtengroep", "sterk-naar-werk", Variant.REGULIER,
                    LocalDate.of(2027, 6, 7), null, 2));
            return groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 6, 7), LocalTime.of(9, 0),
                    LocalTime.of(11, 0), null));
        });
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen");
        com.github.mvysny.kaributesting.v10.RouterLinkKt._click(
                _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Groepsopdrachten")));
        Grid<OpdrachtService.Keuze> opdrachten = _get(Grid.class, spec -> spec.withId("opdrachten"));
        int bibliotheek = _size(opdrachten);
        assertThat(bibliotheek).isGreaterThanOrEqualTo(15);

        // a library opdracht shows its regular and simplified instruction
        OpdrachtService.Keuze tips = IntStream.range(0, bibliotheek).mapToObj(i -> opdrachten.getGenericDataView().getItem(i))
                .filter(k -> k.titel().equals("Elkaar tips en advies geven")).findFirst().orElseThrow();
        opdrachten.select(tips);
        String detail = _get(Div.class, spec -> spec.withId("opdracht-detail")).getElement().getTextRecursively();
        assertThat(detail).contains("Instructie", "Eenvoudige instructie", "Feedback in de groep",
                "Power from within (kracht van binnenuit)");

        // her own: a title and instruction are required
        _click(_get(Button.class, spec -> spec.withText("Opdracht bewaren")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).getErrorMessage())
                .isEqualTo("Geef de opdracht een titel.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Boodschappenlijst van de buurt");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Instructie")),
                "Maak samen een lijst van wie in de buurt wat nodig heeft en wie wat kan.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Eenvoudige instructie")), "- Wie heeft hulp nodig?\n- Wie kan helpen?");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Dimensies van empowerment")), Set.of(Dimensie.POWER_TO));
        _click(_get(Button.class, spec -> spec.withText("Opdracht bewaren")));
        assertThat(_size(opdrachten)).isEqualTo(bibliotheek + 1);
        assertThat(_getFormattedRow(opdrachten, bibliotheek)).containsExactly("Boodschappenlijst van de buurt", "Eigen opdracht");
        String sleutel = opdrachten.getGenericDataView().getItem(bibliotheek).sleutel();

        // she can plan it
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + bijeenkomst + "/plan");
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Soort blok")),
                nl.leernetwerk.training.Bloksoort.OPDRACHT);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Groepsopdracht")),
                "Boodschappenlijst van de buurt (eigen opdracht)");
        _click(_get(Button.class, spec -> spec.withText("Blok toevoegen")));
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("blokken")), 0))
                .contains("Boodschappenlijst van de buurt");

        // another trainer's own opdracht is neither listed nor opened for her
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Groepsopdracht")).getGenericDataView().getItems()
                .map(k -> ((OpdrachtService.Keuze) k).sleutel())).contains(sleutel).doesNotContain(vanB);
        assertThat(opdrachtService.opdracht(vanB)).isEmpty();
        assertThat(opdrachtService.opdracht(sleutel)).isPresent();
    }
}
