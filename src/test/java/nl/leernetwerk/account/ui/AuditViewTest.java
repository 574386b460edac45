package nl.leernetwerk.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.AuditFilter;
import nl.leernetwerk.account.AuditLog;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.account.domain.AuditRegel;
import nl.leernetwerk.account.domain.AuditRegelRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The beheerder's audit log: filters, lazy paging, CSV of the filtered selection. */
class AuditViewTest extends KaribuTest {

    @Autowired
    private AuditLog auditLog;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private AuditRegelRepository regels;

    @Autowired
    private TransactionTemplate transactie;

    private String wie;

    /** 130 lines by one unique user: 120 reads of participant 1..120 and 10 changes of a group. */
    @BeforeEach
    void regels() {
        wie = "auditor" + System.nanoTime();
        aanmelding.als(wie, Rol.TRAINER, () -> transactie.execute(s -> {
            for (int i = 1; i <= 120; i++) {
                auditLog.leg("deelnemer gelezen", "deelnemer:" + wie + "-" + i);
            }
            for (int i = 1; i <= 10; i++) {
                auditLog.leg("groep gewijzigd", "groep:" + wie);
            }
            return null;
        }));
        login(Rol.BEHEERDER);
        UI.getCurrent().navigate("beheer/audit");
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditLog.Regel> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-regels"));
    }

    private TextField tekstveld(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void filtering_by_user_pages_through_all_lines_newest_first() {
        _setValue(tekstveld("audit-gebruiker"), wie);

        Grid<AuditLog.Regel> grid = grid();
        assertThat(_size(grid)).isEqualTo(130);
        assertThat(_get(Span.class, spec -> spec.withId("audit-aantal")).getText()).isEqualTo("130 regels");
        assertThat(_get(grid, 0).actie()).isEqualTo("groep gewijzigd");
        // a row beyond the first page (50) is fetched lazily, in order
        assertThat(_get(grid, 129).onderwerp()).isEqualTo("deelnemer:" + wie + "-1");
        assertThat(_get(grid, 75).onderwerp()).isEqualTo("deelnemer:" + wie + "-55");
        List<String> rij = _getFormattedRow(grid, 129);
        assertThat(rij.subList(1, 4)).containsExactly(wie, "deelnemer gelezen", "deelnemer:" + wie + "-1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void action_subject_and_period_narrow_the_selection() {
        _setValue(tekstveld("audit-gebruiker"), wie);
        ComboBox<String> actie = _get(ComboBox.class, spec -> spec.withId("audit-actie"));
        _setValue(actie, "groep gewijzigd");
        assertThat(_size(grid())).isEqualTo(10);

        _setValue(actie, null);
        _setValue(tekstveld("audit-onderwerp"), wie + "-11");
        assertThat(_size(grid())).isEqualTo(11); // -11 and -110 .. -119

        DatePicker van = _get(DatePicker.class, spec -> spec.withId("audit-van"));
        DatePicker tot = _get(DatePicker.class, spec -> spec.withId("audit-tot"));
        _setValue(van, LocalDate.now(AuditLog.TIJDZONE).plusDays(1));
        assertThat(_size(grid())).isZero();
        _setValue(van, LocalDate.now(AuditLog.TIJDZONE).minusDays(1));
        _setValue(tot, LocalDate.now(AuditLog.TIJDZONE));
        assertThat(_size(grid())).isEqualTo(11);

        _setValue(tot, LocalDate.now(AuditLog.TIJDZONE).minusDays(3));
        assertThat(tot.isInvalid()).isTrue();
        assertThat(tot.getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(_size(grid())).isEqualTo(11); // the last valid selection stays
    }

    @Test
    void the_csv_holds_the_filtered_selection_defused_for_spreadsheets_and_the_export_is_audited() {
        // text typed by people may end up in the log: a spreadsheet must not run it
        regels.save(new AuditRegel(Instant.now(), "=HYPERLINK(\"http://x\")", "@SUM(1;2)", "groep:" + wie));
        _setValue(tekstveld("audit-onderwerp"), "groep:" + wie);
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-csv")).getHref()).isNotBlank();

        StringWriter csv = new StringWriter();
        int aantal = transactie.execute(s -> auditLog.exporteerCsv(
                new AuditFilter(null, null, null, null, "groep:" + wie), csv));

        assertThat(aantal).isEqualTo(11);
        List<String> lijnen = csv.toString().lines().toList();
        assertThat(lijnen.getFirst()).isEqualTo("\uFEFFtijdstip;gebruiker;actie;onderwerp");
        assertThat(lijnen).hasSize(12);
        assertThat(lijnen.get(1)).contains(";\"'=HYPERLINK(\"\"http://x\"\")\";\"'@SUM(1;2)\";groep:" + wie);
        assertThat(lijnen.get(2)).endsWith(";" + wie + ";groep gewijzigd;groep:" + wie);
        assertThat(auditLog.over("auditlog")).extracting(AuditLog.Regel::actie).contains("auditlog geëxporteerd (11 regels)");
    }
}
