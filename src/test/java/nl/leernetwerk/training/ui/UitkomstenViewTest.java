package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.UitkomstService;
import nl.leernetwerk.training.Uitstroom;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outcomes: a participant's trede and uitstroom entered on the screen, and the report of
 * instroom, doorstroom and uitstroom checked against known data, on screen, in CSV and in PDF.
 */
class UitkomstenViewTest extends KaribuTest {

    private static final String TRAINING = "empowermenttraining-de-cirkel";

    @Autowired
    private GroepService groepService;

    @Autowired
    private UitkomstService uitkomstService;

    @Autowired
    private Aanmelding aanmelding;

    private record Bekend(String naam, Integer start, Integer eind, boolean binnen, Uitstroom uitstroom) {}

    /** Eight participants: 3 higher, 1 within, 1 same, 1 lower, 2 unknown; seven uitstroom categories and one open. */
    private static final List<Bekend> GROEP_A = List.of(
            new Bekend("A1", 1, 2, false, Uitstroom.HOGERE_TREDE),
            new Bekend("A2", 1, 1, true, Uitstroom.INDIVIDUEEL_TRAJECT),
            new Bekend("A3", 2, 4, false, Uitstroom.VRIJWILLIGERSWERK),
            new Bekend("A4", 2, 2, false, Uitstroom.UITVAL),
            new Bekend("A5", 3, 6, false, Uitstroom.BETAALD_WERK),
            new Bekend("A6", null, 3, false, Uitstroom.OPLEIDING),
            new Bekend("A7", 3, 2, false, Uitstroom.ZORGTRAJECT),
            new Bekend("A8", 2, null, false, null));

    private static final List<Bekend> GROEP_B = List.of(
            new Bekend("B1", 4, 6, false, Uitstroom.BETAALD_WERK),
            new Bekend("B2", 4, 4, true, null));

    private long groep(String naam, List<Bekend> deelnemers, boolean eersteViaScherm) {
        return aanmelding.als("trainer", Rol.TRAINER, () -> {
            long groep = groepService.maak(new NieuweGroep(naam, TRAINING, Variant.REGULIER, LocalDate.of(2026, 1, 5), null, 1));
            for (int i = 0; i < deelnemers.size(); i++) {
                Bekend b = deelnemers.get(i);
                long id = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer(b.naam(), Contactkanaal.SMS, null, b.start()));
                if ((i > 0 || !eersteViaScherm) && (b.eind() != null || b.uitstroom() != null)) {
                    uitkomstService.leg(id, null, b.eind(), b.binnen(), b.uitstroom());
                }
            }
            return groep;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_report_counts_instroom_doorstroom_and_uitstroom_of_known_data() throws Exception {
        long a = groep("Uitkomstgroep A", GROEP_A, true);
        groep("Uitkomstgroep B", GROEP_B, false);
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen/groep/" + a + "/uitkomsten");

        // A1 through the screen: from trede 1 to 2, to a higher trede
        Grid<Object> deelnemers = _get(Grid.class, spec -> spec.withId("uitkomsten"));
        assertThat(_size(deelnemers)).isEqualTo(8);
        HorizontalLayout invoer = (HorizontalLayout) _getCellComponent(deelnemers, 0, "invoer");
        IntegerField eind = (IntegerField) invoer.getComponentAt(0);
        _setValue(eind, 7);
        _click((Button) invoer.getComponentAt(3));
        assertThat(eind.isInvalid()).isTrue();
        assertThat(eind.getErrorMessage()).isEqualTo("Een trede is een getal van 1 tot en met 6.");
        _setValue(eind, 2);
        _setValue((Select<Uitstroom>) invoer.getComponentAt(2), Uitstroom.HOGERE_TREDE);
        _click((Button) invoer.getComponentAt(3));
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("uitkomsten")), 0)).contains("A1", "1");

        assertThat(rijen("instroom")).containsExactly("Gerealiseerde instroom|8|100%", "Instroom op trede 1|2|25%",
                "Instroom op trede 2|3|38%", "Instroom op trede 3|2|25%", "Instroom op trede 4|0|0%",
                "Instroom op trede 5|0|0%", "Instroom op trede 6|0|0%", "Trede bij de start onbekend|1|13%");
        assertThat(rijen("doorstroom")).containsExactly("Stijging naar een hogere trede|3|38%",
                "Stijging binnen een trede|1|13%", "Zelfde trede|1|13%", "Lagere trede|1|13%",
                "Trede bij start of eind onbekend|2|25%");
        assertThat(rijen("uitstroom")).containsExactly("Naar een hogere trede|1|13%", "Betaald werk|1|13%",
                "Gesubsidieerd werk|0|0%", "Vrijwilligerswerk|1|13%", "Opleiding|1|13%", "Individueel traject|1|13%",
                "Zorgtraject|1|13%", "Uit de uitkering, niet door werk|0|0%", "Uitval|1|13%", "Overig|0|0%",
                "Uitstroom nog niet bekend|1|13%");

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("uitkomst-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).first().isEqualTo("Onderdeel;Omschrijving;Aantal;Percentage van instroom");
        assertThat(csv.lines()).contains("Instroom;Gerealiseerde instroom;8;100%",
                "Doorstroom;Stijging naar een hogere trede;3;38%", "Uitstroom;Uitval;1;13%");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("uitkomst-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String tekst = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(tekst).contains("Uitkomsten Uitkomstgroep A", "Stijging naar een hogere trede", "38%");

        // the training: both groups together
        UI.getCurrent().navigate("trainingen/uitkomsten");
        _setValue(_get(Select.class, spec -> spec.withId("training")), TRAINING);
        assertThat(rijen("instroom")).startsWith("Gerealiseerde instroom|10|100%").contains("Instroom op trede 4|2|20%");
        assertThat(rijen("doorstroom")).containsExactly("Stijging naar een hogere trede|4|40%",
                "Stijging binnen een trede|2|20%", "Zelfde trede|1|10%", "Lagere trede|1|10%",
                "Trede bij start of eind onbekend|2|20%");
        assertThat(rijen("uitstroom")).contains("Betaald werk|2|20%", "Uitstroom nog niet bekend|2|20%");
    }

    @SuppressWarnings("unchecked")
    private static List<String> rijen(String sectie) {
        Grid<Object> tabel = _get(Grid.class, spec -> spec.withId("rapport-" + sectie));
        return IntStream.range(0, _size(tabel)).mapToObj(i -> String.join("|", _getFormattedRow(tabel, i))).toList();
    }
}
