package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidStatus;
import java.time.LocalTime;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A trainer starts a group, enrols a participant, plans a bijeenkomst and registers attendance, as in the UI. */
class TrainingFlowTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_runs_the_whole_flow_and_every_step_is_stored() {
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van de groep")), "Flowgroep najaar");
        ComboBox<String> training = _get(ComboBox.class, spec -> spec.withLabel("Training"));
        _setValue(training, "sterk-naar-werk");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Startdatum")), LocalDate.of(2027, 9, 6));
        _click(_get(Button.class, spec -> spec.withText("Groep aanmaken")));
        expectNotifications("Groep \"Flowgroep najaar\" is aangemaakt.");

        Grid<Object> groepen = _get(Grid.class, spec -> spec.withId("groepen"));
        RouterLink groep = java.util.stream.IntStream.range(0, _size(groepen))
                .mapToObj(i -> (RouterLink) _getCellComponent(groepen, i, "naam"))
                .filter(l -> l.getText().equals("Flowgroep najaar")).findFirst().orElseThrow();
        RouterLinkKt._click(groep);
        assertThat(_get(H1.class).getText()).isEqualTo("Flowgroep najaar");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "Samira");
        _click(_get(Button.class, spec -> spec.withText("Inschrijven")));
        expectNotifications("Samira is ingeschreven.");
        _click(_get(Button.class, spec -> spec.withText("Groep starten")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Loopt (1 deelnemers)")).isVisible())
                .isTrue();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.of(2027, 9, 6));
        _click(_get(Button.class, spec -> spec.withText("Bijeenkomst plannen")));
        expectNotifications("De bijeenkomst is gepland.");

        Grid<Object> bijeenkomsten = _get(Grid.class, spec -> spec.withId("bijeenkomsten"));
        assertThat(_size(bijeenkomsten)).isEqualTo(1);
        RouterLinkKt._click((RouterLink) _getCellComponent(bijeenkomsten, 0, "datum"));
        assertThat(_get(H1.class).getText()).isEqualTo("Aanwezigheid Flowgroep najaar, 6-9-2027");

        RadioButtonGroup<AanwezigheidStatus> samira = _get(RadioButtonGroup.class, spec -> spec.withLabel("Samira"));
        _setValue(samira, AanwezigheidStatus.TE_LAAT);

        expectNotifications("Bewaard voor Samira.");
        UI.getCurrent().navigate("trainingen/groep/" + jdbc.queryForObject(
                "select id from groep where naam = 'Flowgroep najaar'", Long.class));
        Grid<Object> overzicht = _get(Grid.class, spec -> spec.withId("aanwezigheidsoverzicht"));
        assertThat(_size(overzicht)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(overzicht, 0)).contains("Samira", "100%");
        assertThat(jdbc.queryForObject("""
                select a.status || '/' || a.geregistreerd_door from aanwezigheid a
                join deelnemer d on d.id = a.deelnemer_id where d.naam = 'Samira'""", String.class))
                .isEqualTo("TE_LAAT/trainer");
    }

    @Autowired
    private GroepService groepService;

    @Autowired
    private Aanmelding aanmelding;

    @Test
    void another_trainers_group_and_its_attendance_are_not_found_through_the_ui() {
        long groep = aanmelding.als("trainer-b", Rol.TRAINER, () -> groepService.maak(new NieuweGroep("Groep van B",
                "sterk-naar-werk", Variant.ANDERSTALIGEN, LocalDate.of(2027, 5, 3), null, 4)));
        long bijeenkomst = aanmelding.als("trainer-b", Rol.TRAINER, () -> groepService.planBijeenkomst(groep,
                new NieuweBijeenkomst(LocalDate.of(2027, 5, 3), LocalTime.of(13, 0), LocalTime.of(15, 0), null)));

        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen/groep/" + groep);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + bijeenkomst);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        UI.getCurrent().navigate("trainingen");
        java.util.List<String> zichtbaar = _get(Grid.class, spec -> spec.withId("groepen")).getGenericDataView()
                .getItems().map(String::valueOf).toList();
        assertThat(zichtbaar).noneMatch(g -> g.contains("Groep van B"));
    }

    @Test
    void a_form_with_errors_explains_in_dutch_and_keeps_what_was_typed() {
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen");
        TextField naam = _get(TextField.class, spec -> spec.withLabel("Naam van de groep"));
        _setValue(naam, "Groep zonder training");

        _click(_get(Button.class, spec -> spec.withText("Groep aanmaken")));

        assertThat(naam.getValue()).isEqualTo("Groep zonder training");
        ComboBox<?> training = _get(ComboBox.class, spec -> spec.withLabel("Training"));
        assertThat(training.isInvalid()).isTrue();
        assertThat(training.getErrorMessage()).isEqualTo("Kies de training die de groep volgt.");
    }
}
