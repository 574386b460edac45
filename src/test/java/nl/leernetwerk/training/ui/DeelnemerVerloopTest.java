package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.AfwezigheidReden;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepSamenvatting;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Uitschrijfreden;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trainer moves a participant to another of their groups and later unenrols them, each after a
 * confirmation; the attendance stays with the old group's bijeenkomsten and the history shows it all.
 */
class DeelnemerVerloopTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_participant_moves_and_leaves_after_confirming_and_the_history_keeps_everything() {
        login(Rol.TRAINER);
        long regulier = groepService.maak(new NieuweGroep("Verloop regulier", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 10, 4), null, 3));
        long anderstalig = groepService.maak(new NieuweGroep("Verloop anderstalig", "sterk-naar-werk",
                Variant.ANDERSTALIGEN, LocalDate.of(2027, 10, 4), null, 3));
        long samir = groepService.voegDeelnemerToe(regulier, new NieuweDeelnemer("Samir", Contactkanaal.WHATSAPP,
                null, 2));
        long oud = groepService.planBijeenkomst(regulier, new NieuweBijeenkomst(LocalDate.of(2027, 10, 4),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        long nieuw = groepService.planBijeenkomst(anderstalig, new NieuweBijeenkomst(LocalDate.of(2027, 10, 12),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        aanwezigheidService.registreer(oud, samir, AanwezigheidStatus.AFWEZIG_MET_BERICHT, AfwezigheidReden.VERVOER);

        UI.getCurrent().navigate("trainingen/groep/" + regulier);
        Grid<Object> deelnemers = _get(Grid.class, spec -> spec.withId("deelnemers"));
        _click(_get((HorizontalLayout) _getCellComponent(deelnemers, 0, "acties"), Button.class,
                spec -> spec.withText("Verplaatsen")));
        Dialog dialoog = _get(Dialog.class);
        assertThat(dialoog.getHeaderTitle()).isEqualTo("Samir verplaatsen?");
        Select<GroepSamenvatting> naar = _get(dialoog, Select.class, spec -> spec.withLabel("Naar groep"));
        assertThat(naar.getListDataView().getItems().map(GroepSamenvatting::naam)).contains("Verloop anderstalig")
                .doesNotContain("Verloop regulier");
        _setValue(naar, naar.getListDataView().getItems().filter(g -> g.id() == anderstalig).findFirst().orElseThrow());
        _setValue(_get(dialoog, com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Met ingang van")), LocalDate.of(2027, 10, 10));
        _click(_get(Button.class, spec -> spec.withText("Ja, verplaatsen")));

        expectNotifications("Samir is verplaatst naar Verloop anderstalig.");
        assertThat(_size(deelnemers)).isZero();
        Grid<Object> uitgeschreven = _get(Grid.class, spec -> spec.withId("uitgeschreven"));
        assertThat(_getFormattedRow(uitgeschreven, 0)).contains("10-10-2027", "Verplaatst naar Verloop anderstalig");
        // the old attendance stays with the old group's bijeenkomst
        Grid<Object> matrix = _get(Grid.class, spec -> spec.withId("aanwezigheidsoverzicht"));
        assertThat(_getFormattedRow(matrix, 0)).contains("Samir (tot 10-10)");
        assertThat(jdbc.queryForObject("select b.groep_id from aanwezigheid a join bijeenkomst b on b.id = a.bijeenkomst_id"
                + " where a.deelnemer_id = ?", Long.class, samir)).isEqualTo(regulier);

        UI.getCurrent().navigate("trainingen/groep/" + anderstalig);
        deelnemers = _get(Grid.class, spec -> spec.withId("deelnemers"));
        assertThat(_size(deelnemers)).isEqualTo(1);
        long samirNieuw = jdbc.queryForObject("select id from deelnemer where groep_id = ?", Long.class, anderstalig);
        aanwezigheidService.registreer(nieuw, samirNieuw, AanwezigheidStatus.AANWEZIG, null);

        _click(_get((HorizontalLayout) _getCellComponent(deelnemers, 0, "acties"), Button.class,
                spec -> spec.withText("Uitschrijven")));
        dialoog = _get(Dialog.class);
        _click(_get(Button.class, spec -> spec.withText("Ja, uitschrijven")));
        Select<Uitschrijfreden> reden = _get(dialoog, Select.class, spec -> spec.withLabel("Reden (globaal)"));
        assertThat(reden.isInvalid()).isTrue();
        assertThat(reden.getErrorMessage()).isEqualTo("Kies een globale reden.");
        assertThat(dialoog.isOpened()).isTrue();
        assertThat(reden.getListDataView().getItems()).doesNotContain(Uitschrijfreden.VERPLAATST);
        _setValue(reden, Uitschrijfreden.WERK);
        _click(_get(Button.class, spec -> spec.withText("Ja, uitschrijven")));

        expectNotifications("Samir is uitgeschreven.");
        assertThat(_size(deelnemers)).isZero();
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("uitgeschreven")), 0)).contains("Aan het werk");
        assertThat(groepService.mijnGroepen().stream().filter(g -> g.id() == anderstalig).findFirst().orElseThrow()
                .aantalDeelnemers()).isZero();

        // the history, from the group view: both groups, both attendances, how each enrolment ended
        RouterLinkKt._click((RouterLink) _getCellComponent(_get(Grid.class, spec -> spec.withId("uitgeschreven")), 0, "naam"));
        assertThat(_get(H1.class).getText()).isEqualTo("Geschiedenis van Samir");
        Grid<Object> groepen = _get(Grid.class, spec -> spec.withId("geschiedenis-groepen"));
        assertThat(_size(groepen)).isEqualTo(2);
        assertThat(_getFormattedRow(groepen, 0)).contains("Per 10-10-2027 verplaatst naar Verloop anderstalig");
        assertThat(_getFormattedRow(groepen, 1)).anyMatch(cel -> cel.matches("Per .* uitgeschreven \\(Aan het werk\\)"));
        Grid<Object> aanwezigheid = _get(Grid.class, spec -> spec.withId("geschiedenis-aanwezigheid"));
        assertThat(_size(aanwezigheid)).isEqualTo(2);
        assertThat(_getFormattedRow(aanwezigheid, 0)).contains("4-10-2027", "Verloop regulier", "Afwezig met bericht",
                "Vervoer", "trainer");
        assertThat(_getFormattedRow(aanwezigheid, 1)).contains("12-10-2027", "Verloop anderstalig", "Aanwezig");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie = 'geschiedenis gelezen'"
                + " and onderwerp in (?, ?)", Long.class, "deelnemer:" + samir, "deelnemer:" + samirNieuw)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where actie like 'deelnemer verplaatst%'"
                + " and onderwerp = ?", Long.class, "deelnemer:" + samir)).isEqualTo(1);
    }

    @Test
    void another_trainer_finds_no_participant_history_and_cannot_move_into_their_group() {
        long groepB = aanmelding.als("trainer-verloop-b", Rol.TRAINER, () -> groepService.maak(new NieuweGroep(
                "Groep van B (verloop)", "sterk-naar-werk", Variant.REGULIER, LocalDate.of(2027, 10, 4), null, 3)));
        long deelnemerB = aanmelding.als("trainer-verloop-b", Rol.TRAINER, () -> groepService.voegDeelnemerToe(groepB,
                new NieuweDeelnemer("Lina", Contactkanaal.SMS, null, null)));

        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen/deelnemer/" + deelnemerB);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(_find(Grid.class)).isEmpty();

        long eigen = groepService.maak(new NieuweGroep("Eigen groep (verloop)", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 10, 4), null, 3));
        groepService.voegDeelnemerToe(eigen, new NieuweDeelnemer("Tom", Contactkanaal.SMS, null, null));
        UI.getCurrent().navigate("trainingen/groep/" + eigen);
        @SuppressWarnings("unchecked")
        Grid<Object> deelnemers = _get(Grid.class, spec -> spec.withId("deelnemers"));
        _click(_get((HorizontalLayout) _getCellComponent(deelnemers, 0, "acties"), Button.class,
                spec -> spec.withText("Verplaatsen")));
        @SuppressWarnings("unchecked")
        Select<GroepSamenvatting> naar = _get(_get(Dialog.class), Select.class, spec -> spec.withLabel("Naar groep"));
        assertThat(naar.getListDataView().getItems().map(GroepSamenvatting::id)).doesNotContain(groepB, eigen);
    }
}
