package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fast attendance entry: keys 1–5 per row, "de rest aanwezig", and a change that someone else
 * overtook is never dropped silently.
 */
class AanwezigheidViewTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private long bijeenkomst;

    private void groepMetDrieDeelnemers(String naam) {
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep(naam, "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 7, 5), null, 3));
        for (String deelnemer : new String[] {"Ada", "Bo", "Cem"}) {
            groepService.voegDeelnemerToe(groep, new NieuweDeelnemer(deelnemer, Contactkanaal.SMS, null, null));
        }
        bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 7, 5),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + bijeenkomst);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<AanwezigheidStatus> keuze(String naam) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(naam));
    }

    private String opgeslagen(String naam) {
        return jdbc.queryForObject("select coalesce(max(a.status), '-') from deelnemer d left join aanwezigheid a"
                + " on a.deelnemer_id = d.id and a.bijeenkomst_id = ? where d.naam = ? and d.groep_id ="
                + " (select groep_id from bijeenkomst where id = ?)", String.class, bijeenkomst, naam, bijeenkomst);
    }

    private static void toets(String naam, Key toets) {
        ShortcutsKt._fireShortcut(keuze(naam).getParent().orElseThrow(), toets);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keys_register_a_row_at_once_and_the_rest_becomes_present_in_one_go() throws IOException {
        groepMetDrieDeelnemers("Snelgroep");
        assertThat(keuze("Ada").getClassNames()).contains("aanwezigheid-keuze");
        assertThat(Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css")))
                .contains(".aanwezigheid-keuze vaadin-radio-button {\n  min-height: 44px;\n  min-width: 44px;");

        toets("Ada", Key.DIGIT_4);

        assertThat(keuze("Ada").getValue()).isEqualTo(AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT);
        assertThat(opgeslagen("Ada")).isEqualTo("AFWEZIG_ZONDER_BERICHT");
        Select<?> reden = _get((Div) keuze("Ada").getParent().orElseThrow(), Select.class,
                spec -> spec.withLabel("Reden (globaal)"));
        assertThat(reden.isVisible()).isTrue();
        expectNotifications("Bewaard voor Ada.");
        toets("Ada", Key.NUMPAD_2);
        assertThat(opgeslagen("Ada")).isEqualTo("TE_LAAT");
        expectNotifications("Bewaard voor Ada.");

        _click(_get(Button.class, spec -> spec.withText("De rest aanwezig")));

        expectNotifications("2 deelnemers op aanwezig gezet.");
        assertThat(keuze("Bo").getValue()).isEqualTo(AanwezigheidStatus.AANWEZIG);
        assertThat(keuze("Cem").getValue()).isEqualTo(AanwezigheidStatus.AANWEZIG);
        assertThat(opgeslagen("Bo") + "/" + opgeslagen("Cem") + "/" + opgeslagen("Ada"))
                .isEqualTo("AANWEZIG/AANWEZIG/TE_LAAT");
    }

    @Test
    void a_change_someone_else_overtook_is_not_saved_stays_visible_and_can_be_saved_deliberately() {
        groepMetDrieDeelnemers("Conflictgroep");
        long ada = jdbc.queryForObject("select d.id from deelnemer d join bijeenkomst b on b.groep_id = d.groep_id"
                + " where b.id = ? and d.naam = 'Ada'", Long.class, bijeenkomst);
        long bo = jdbc.queryForObject("select d.id from deelnemer d join bijeenkomst b on b.groep_id = d.groep_id"
                + " where b.id = ? and d.naam = 'Bo'", Long.class, bijeenkomst);
        // another user (here a beheerder, in their own request) registers Ada and Bo while this screen is open
        CompletableFuture.runAsync(() -> aanmelding.als("bea", Rol.BEHEERDER, () -> {
            aanwezigheidService.registreer(bijeenkomst, ada, AanwezigheidStatus.VRIJGESTELD, null);
            return aanwezigheidService.registreer(bijeenkomst, bo, AanwezigheidStatus.TE_LAAT, null);
        })).join();

        _setValue(keuze("Ada"), AanwezigheidStatus.AANWEZIG);

        expectNotifications("Niet bewaard voor Ada: bea heeft dit intussen op 'Vrijgesteld' gezet. Jouw keuze is niet bewaard.");
        assertThat(keuze("Ada").getValue()).isEqualTo(AanwezigheidStatus.AANWEZIG);
        assertThat(keuze("Ada").isInvalid()).isTrue();
        assertThat(keuze("Ada").getErrorMessage()).isEqualTo("bea heeft dit intussen op 'Vrijgesteld' gezet. Jouw keuze is niet bewaard.");
        assertThat(opgeslagen("Ada")).isEqualTo("VRIJGESTELD");

        _click(_get((Div) keuze("Ada").getParent().orElseThrow(), Button.class,
                spec -> spec.withText("Mijn keuze toch bewaren")));

        expectNotifications("Bewaard voor Ada.");
        assertThat(opgeslagen("Ada")).isEqualTo("AANWEZIG");
        assertThat(keuze("Ada").isInvalid()).isFalse();

        // "de rest aanwezig" leaves Bo as the other trainer recorded him
        _click(_get(Button.class, spec -> spec.withText("De rest aanwezig")));
        expectNotifications("1 deelnemers op aanwezig gezet. 1 waren intussen door iemand anders ingevuld; dat is zo gebleven.");
        assertThat(opgeslagen("Bo") + "/" + opgeslagen("Cem")).isEqualTo("TE_LAAT/AANWEZIG");
        assertThat(keuze("Bo").getValue()).isEqualTo(AanwezigheidStatus.TE_LAAT);
    }
}
