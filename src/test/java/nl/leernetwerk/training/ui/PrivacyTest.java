package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.AfwezigheidReden;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.PrivacyService;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A beheerder gives a participant inzage and erases them on request (AVG); trainers cannot. */
class PrivacyTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private PrivacyService privacyService;

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private JdbcTemplate jdbc;

    private long[] groepMetDeelnemer() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Privacygroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 6, 7), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Joris", Contactkanaal.EMAIL,
                LocalDate.of(2027, 5, 1), 4));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 6, 7),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AFWEZIG_MET_BERICHT, AfwezigheidReden.ZIEK);
        return new long[] {groep, deelnemer};
    }

    @Test
    void inzage_lists_everything_kept_and_only_a_beheerder_may_ask_for_it() {
        long deelnemer = groepMetDeelnemer()[1];
        assertThatThrownBy(() -> privacyService.inzage(deelnemer)).isInstanceOf(AccessDeniedException.class);

        login(Rol.BEHEERDER);
        String inzage = privacyService.inzage(deelnemer);

        assertThat(inzage).contains("naam: Joris", "groep: Privacygroep", "contactkanaal: email", "verwezen op: 2027-05-01",
                "trede bij de start: 4", "2027-06-07: afwezig_met_bericht (ziek), ingevuld door trainer");
        assertThat(auditLog.over("deelnemer:" + deelnemer)).extracting(AuditLog.Regel::actie).contains("inzage verstrekt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_beheerder_erases_a_participant_after_confirming_and_nothing_of_them_remains() {
        long[] ids = groepMetDeelnemer();
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("trainingen/groep/" + ids[0]);
        Grid<Object> deelnemers = _get(Grid.class, spec -> spec.withId("deelnemers"));
        assertThat(_size(deelnemers)).isEqualTo(1);
        HorizontalLayout acties = (HorizontalLayout) _getCellComponent(deelnemers, 0, "privacy");

        _click(_get(acties, Button.class, spec -> spec.withText("Vergeten")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("De gegevens van Joris zijn gewist.");
        assertThat(jdbc.queryForObject("select count(*) from deelnemer where id = ?", Long.class, ids[1])).isZero();
        assertThat(jdbc.queryForObject("select count(*) from aanwezigheid where deelnemer_id = ?", Long.class, ids[1]))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where onderwerp = ? and actie = 'deelnemer vergeten'",
                Long.class, "deelnemer:" + ids[1])).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where onderwerp like '%Joris%'", Long.class))
                .isZero();
    }
}
