package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Afspraken: every proposal recorded with who made it; lapsing needs consent and a reason and keeps it archived. */
class AfsprakenViewTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AfspraakService afspraakService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private long groep;
    private long tweedeBijeenkomst;

    private void groepMetDeelnemers() {
        aanmelding.als("trainer", Rol.TRAINER, () -> {
            groep = groepService.maak(new NieuweGroep("Afsprakengroep", "sterk-naar-werk", Variant.REGULIER,
                    LocalDate.of(2027, 2, 1), null, 2));
            groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Fatima", Contactkanaal.SMS, null, null));
            groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Kees", Contactkanaal.SMS, null, null));
            groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 2, 1), LocalTime.of(9, 0),
                    LocalTime.of(11, 0), null));
            tweedeBijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 2, 8),
                    LocalTime.of(9, 0), LocalTime.of(11, 0), null));
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void proposals_are_recorded_and_lapse_only_with_consent_and_a_reason_into_the_archive() {
        groepMetDeelnemers();
        login(Rol.TRAINER);
        UI.getCurrent().navigate("trainingen/groep/" + groep + "/afspraken");

        stelVoor("Fatima", "Telefoon op stil");
        stelVoor("Kees", "We komen op tijd, anders laten we het weten");
        stelVoor("De groep", "Wat hier gezegd wordt, blijft hier");
        assertThat(teksten("afspraken-geldend")).containsExactly("Telefoon op stil",
                "We komen op tijd, anders laten we het weten", "Wat hier gezegd wordt, blijft hier");
        assertThat(jdbc.queryForList("""
                select coalesce(d.naam, 'groep') || ': ' || a.tekst from afspraak a
                left join deelnemer d on d.id = a.deelnemer_id where a.groep_id = ? order by a.id""", String.class, groep))
                .containsExactly("Fatima: Telefoon op stil", "Kees: We komen op tijd, anders laten we het weten",
                        "groep: Wat hier gezegd wordt, blijft hier");

        // an empty proposal is explained, not stored
        _click(_get(Button.class, spec -> spec.withText("Afspraak vastleggen")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Afspraak")).isInvalid()).isTrue();

        // lapsing without consent and reason is refused with a Dutch message; what was typed stays
        _click(_find(Button.class, spec -> spec.withText("Laten vervallen…")).getFirst());
        TextArea reden = _get(TextArea.class, spec -> spec.withLabel("Reden"));
        _setValue(reden, "Niet meer nodig");
        _click(_get(Button.class, spec -> spec.withText("Ja, laten vervallen")));
        TextField instemming = _get(TextField.class, spec -> spec.withLabel("Instemming van de groep"));
        assertThat(instemming.isInvalid()).isTrue();
        assertThat(instemming.getErrorMessage()).isEqualTo("Zonder instemming van de groep vervalt een afspraak niet.");
        assertThat(reden.getValue()).isEqualTo("Niet meer nodig");
        assertThat(jdbc.queryForObject("select count(*) from afspraak where groep_id = ? and gearchiveerd_op is null",
                Integer.class, groep)).isEqualTo(3);

        _setValue(instemming, "Alle zes aanwezigen stemden in");
        _click(_get(Button.class, spec -> spec.withText("Ja, laten vervallen")));
        assertThat(teksten("afspraken-geldend")).containsExactly("We komen op tijd, anders laten we het weten",
                "Wat hier gezegd wordt, blijft hier");
        assertThat(teksten("afspraken-archief")).containsExactly("Telefoon op stil");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("afspraken-archief")).getElement().getTextRecursively())
                .contains("Instemming: Alle zes aanwezigen stemden in. Reden: Niet meer nodig");
        assertThat(jdbc.queryForObject("select count(*) from afspraak where groep_id = ?", Integer.class, groep)).isEqualTo(3);

        // shown at the start of a later bijeenkomst: the current ones only
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + tweedeBijeenkomst);
        Details kaart = _get(Details.class, spec -> spec.withId("afspraken-kaart"));
        assertThat(kaart.isOpened()).isTrue();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList()).containsExactly(
                "We komen op tijd, anders laten we het weten (voorstel van Kees)", "Wat hier gezegd wordt, blijft hier");
        assertThat(jdbc.queryForList("select actie from audit_regel where onderwerp like 'afspraak:%'", String.class))
                .contains("afspraak vastgelegd", "afspraak gearchiveerd");
    }

    @Test
    void two_people_archiving_the_same_afspraak_do_not_overwrite_each_other() {
        groepMetDeelnemers();
        long afspraak = aanmelding.als("trainer", Rol.TRAINER, () -> afspraakService.stelVoor(groep, null, "Samen lunchen"));
        long gelezen = aanmelding.als("trainer", Rol.TRAINER,
                () -> afspraakService.overzicht(groep).orElseThrow().geldend().getFirst().versie());
        aanmelding.als("trainer", Rol.TRAINER, () -> {
            afspraakService.archiveer(afspraak, gelezen, "Past niet in het rooster", "Groep akkoord");
            return null;
        });
        assertThatThrownBy(() -> aanmelding.als("trainer", Rol.TRAINER, () -> {
            afspraakService.archiveer(afspraak, gelezen, "Andere reden", "Ook akkoord");
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select reden from afspraak where id = ?", String.class, afspraak))
                .isEqualTo("Past niet in het rooster");
    }

    @SuppressWarnings("unchecked")
    private static void stelVoor(String door, String tekst) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Afspraak")), tekst);
        Select<Object> wie = _get(Select.class, spec -> spec.withLabel("Voorgesteld door"));
        if (door.equals("De groep")) {
            _setValue(wie, null);
        } else {
            ComboBoxKt.selectByLabel(wie, door);
        }
        _click(_get(Button.class, spec -> spec.withText("Afspraak vastleggen")));
    }

    private static List<String> teksten(String lijst) {
        return _get(VerticalLayout.class, spec -> spec.withId(lijst)).getChildren()
                .flatMap(rij -> rij.getChildren().filter(c -> c instanceof Span).limit(1))
                .map(c -> ((Span) c).getText()).toList();
    }
}
