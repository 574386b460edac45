package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.AfwezigheidReden;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.DeelnemerService;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Uitschrijfreden;
import nl.leernetwerk.training.Variant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attendance list for a chosen period, downloaded from the group view as CSV and as PDF, holds minimal data. */
class ExportTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private DeelnemerService deelnemerService;

    @Autowired
    private JdbcTemplate jdbc;

    private long groepMetAanwezigheid() {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Exportgroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 12, 1), null, 2));
        long eva = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Eva Jansen", Contactkanaal.EMAIL,
                LocalDate.of(2027, 11, 1), 3));
        long kees = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Kees", Contactkanaal.TELEFOON, null, null));
        List<LocalDate> data = List.of(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 12, 8), LocalDate.of(2027, 12, 15));
        List<Long> ids = data.stream().map(d -> groepService.planBijeenkomst(groep, new NieuweBijeenkomst(d,
                LocalTime.of(9, 0), LocalTime.of(11, 0), null))).toList();
        aanwezigheidService.registreer(ids.get(0), eva, AanwezigheidStatus.AANWEZIG, null);
        aanwezigheidService.registreer(ids.get(1), eva, AanwezigheidStatus.AFWEZIG_MET_BERICHT, AfwezigheidReden.ZIEK);
        aanwezigheidService.registreer(ids.get(2), eva, AanwezigheidStatus.TE_LAAT, null);
        aanwezigheidService.registreer(ids.get(0), kees, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
        // Kees leaves on 10 December: he is not on the list for the 15th
        deelnemerService.schrijfUit(kees, LocalDate.of(2027, 12, 10), Uitschrijfreden.VERHUISD);
        UI.getCurrent().navigate("trainingen/groep/" + groep);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Van")), LocalDate.of(2027, 12, 8));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Tot en met")), LocalDate.of(2027, 12, 15));
        return groep;
    }

    @Test
    void the_pdf_lists_name_date_and_status_for_the_period_only() throws IOException {
        long groep = groepMetAanwezigheid();

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Downloaden als PDF")));

        String tekst;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            tekst = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(tekst).contains("Aanwezigheidslijst Exportgroep", "Periode: 8-12-2027 t/m 15-12-2027",
                "Eva Jansen 8-12-2027 Afwezig met bericht", "Eva Jansen 15-12-2027 Te laat", "Kees 8-12-2027");
        assertThat(tekst).doesNotContain("1-12-2027", "Kees 15-12-2027", "Ziek", "ziek", "Verhuisd", "E-mail", "email",
                "2027-11-01");
        assertThat(jdbc.queryForObject("select count(*) from audit_regel where onderwerp = ? and actie like"
                + " 'aanwezigheid geëxporteerd (pdf, 2027-12-08 t/m 2027-12-15)'", Long.class, "groep:" + groep))
                .isEqualTo(1);
    }

    @Test
    void the_csv_holds_the_same_rows_and_an_impossible_period_is_refused_in_dutch() {
        groepMetAanwezigheid();

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Downloaden als CSV"))),
                StandardCharsets.UTF_8);

        assertThat(csv.lines()).containsExactly("deelnemer;datum;status", "Eva Jansen;2027-12-08;afwezig_met_bericht",
                "Eva Jansen;2027-12-15;te_laat", "Kees;2027-12-08;");

        DatePicker tot = _get(DatePicker.class, spec -> spec.withLabel("Tot en met"));
        _setValue(tot, LocalDate.of(2027, 12, 1));
        assertThat(tot.isInvalid()).isTrue();
        assertThat(tot.getErrorMessage()).isEqualTo("De einddatum ligt voor de begindatum.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Downloaden als CSV")).isEnabled()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withText("Downloaden als PDF")).isEnabled()).isFalse();
    }
}
