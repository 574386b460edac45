package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AfspraakService;
import nl.leernetwerk.training.Bloksoort;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import nl.leernetwerk.training.WerkzameElementen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole bijeenkomst through the views: plan it, run it on the session screen, reflect on it,
 * and see the empowerment overview of the group change.
 */
class BijeenkomstRunTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private AfspraakService afspraakService;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    private long groep;
    private long bijeenkomst;
    private long samira;
    private long ahmed;

    private void anderstaligeGroep() {
        aanmelding.als("trainer", Rol.TRAINER, () -> {
            groep = groepService.maak(new NieuweGroep("Runsgroep anderstalig", "sterk-naar-werk", Variant.ANDERSTALIGEN,
                    LocalDate.of(2027, 3, 1), null, 2));
            samira = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Samira", Contactkanaal.SMS, null, 3));
            ahmed = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Ahmed", Contactkanaal.TELEFOON, null, 3));
            groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Jan", Contactkanaal.EMAIL, null, 4));
            bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 3, 8),
                    LocalTime.of(9, 30), LocalTime.of(12, 0), "Buurthuis"));
            afspraakService.stelVoor(groep, samira, "We laten elkaar uitpraten");
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void plan_run_reflect_and_the_overview_is_updated() {
        anderstaligeGroep();
        login(Rol.TRAINER);

        // plan, reached from the group page
        UI.getCurrent().navigate("trainingen/groep/" + groep);
        Grid<Object> vanGroep = _get(Grid.class, spec -> spec.withId("bijeenkomsten"));
        RouterLinkKt._click(((com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(vanGroep, 0, "sessie")).getChildren()
                .map(c -> (RouterLink) c).filter(l -> l.getText().equals("Plan")).findFirst().orElseThrow());
        assertThat(_get(H1.class).getText()).isEqualTo("Sessieplan Runsgroep anderstalig, 8-3-2027");
        blok(Bloksoort.KENNISMAKING, 20, null);
        blok(Bloksoort.OPDRACHT, 30, "Elkaar tips en advies geven");
        blok(Bloksoort.AFSLUITING, 10, null);
        Grid<Object> blokken = _get(Grid.class, spec -> spec.withId("blokken"));
        assertThat(_size(blokken)).isEqualTo(3);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-totaal")).getText()).isEqualTo("Totaal 60 van 150 minuten.");

        // the overview before the session: the plan's opdracht counts, power to is neglected
        UI.getCurrent().navigate("trainingen/groep/" + groep);
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("empowermentview-" + groep)));
        assertThat(dimensies()).contains("class=\"staaf aandacht\" aria-label=\"Power to (kracht om te handelen): 0\"",
                "aria-label=\"Power from within (kracht van binnenuit): 1\"", "aria-label=\"Power with (kracht met anderen): 1\"");
        assertThat(_get(Div.class, spec -> spec.withId("verwaarloosd-power-to")).getChildren()
                .filter(c -> c instanceof UnorderedList).flatMap(c -> c.getChildren())
                .flatMap(li -> li.getChildren()).map(a -> ((Anchor) a).getHref()).toList())
                .contains("kennisbank/power-to");

        // run: start, the timer counts down the block, the next block shows the opdracht
        UI.getCurrent().navigate("trainingen/bijeenkomst/" + bijeenkomst + "/sessie");
        assertThat(_get(H2.class, spec -> spec.withId("blok")).getText()).isEqualTo("De sessie is nog niet begonnen.");
        _click(_get(Button.class, spec -> spec.withText("Start eerste blok")));
        assertThat(_get(H2.class, spec -> spec.withId("blok")).getText()).isEqualTo("Kennismaking (blok 1 van 3)");
        assertThat(_get(Span.class, spec -> spec.withId("timer")).getText()).matches("20:00|19:5\\d");
        _click(_get(Button.class, spec -> spec.withText("Volgende blok")));
        assertThat(_get(H2.class, spec -> spec.withId("blok")).getText())
                .isEqualTo("Opdracht: Elkaar tips en advies geven (blok 2 van 3)");
        assertThat(jdbc.queryForObject("select b.soort from sessie s join sessieblok b on b.id = s.huidig_blok_id "
                + "where s.bijeenkomst_id = ?", String.class, bijeenkomst)).isEqualTo("OPDRACHT");
        // an anderstaligen group sees the simplified instruction first, the regular one a tap away
        assertThat(instructie()).contains("Eén persoon vertelt een probleem.").doesNotContain("verhelderende vragen");
        _click(_get(Button.class, spec -> spec.withId("instructie-wissel")));
        assertThat(instructie()).contains("verhelderende vragen");

        // turns: who has spoken
        _click(_get(Button.class, spec -> spec.withId("beurt-" + samira)));
        _click(_get(Button.class, spec -> spec.withId("beurt-" + samira)));
        _click(_get(Button.class, spec -> spec.withId("beurt-" + ahmed)));
        assertThat(_get(Button.class, spec -> spec.withId("beurt-" + samira)).getText()).isEqualTo("Samira (2)");
        assertThat(_get(Button.class, spec -> spec.withId("beurt-" + ahmed)).getText()).isEqualTo("Ahmed (1)");
        assertThat(_find(Button.class, spec -> spec.withText("Jan (0)"))).hasSize(1);

        // a tip from the group, credited to Ahmed, and a leerpunt
        Select<Object> wie = _get(Select.class, spec -> spec.withLabel("Van wie"));
        ComboBoxKt.selectByLabel(wie, "Ahmed");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Antwoord of tip uit de groep")), "Vraag de buurvrouw om op te passen");
        _click(_get(Button.class, spec -> spec.withText("Vastleggen")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Leerpunt (kort)")), "Hulp vragen mag");
        _click(_get(Button.class, spec -> spec.withText("Leerpunt bewaren")));
        List<String> gezegd = _get(UnorderedList.class, spec -> spec.withId("inbreng")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(gezegd).containsExactly("Leerpunt: Hulp vragen mag — Ahmed", "Tip: Vraag de buurvrouw om op te passen — Ahmed");
        assertThat(jdbc.queryForObject("select d.naam from inbreng b join deelnemer d on d.id = b.deelnemer_id "
                + "where b.soort = 'TIP' and b.bijeenkomst_id = ?", String.class, bijeenkomst)).isEqualTo("Ahmed");

        // the afspraken one tap away
        _click(_get(Button.class, spec -> spec.withId("afspraken-knop")));
        assertThat(_get(Dialog.class, spec -> spec.withId("afspraken-dialoog")).isOpened()).isTrue();
        assertThat(_get(ListItem.class, spec -> spec.withText("We laten elkaar uitpraten (voorstel van Samira)"))).isNotNull();
        _click(_get(Button.class, spec -> spec.withText("Sluiten")));

        // reflect
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Naar reflectie")));
        assertThat(_get(H1.class).getText()).isEqualTo("Reflectie Runsgroep anderstalig, 8-3-2027");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Samira")), "Durfde voor het eerst een vraag te stellen");
        MultiSelectComboBox<WerkzameElementen.Element> trainer = _get(MultiSelectComboBox.class,
                spec -> spec.withId("trainerhandelen"));
        _setValue(trainer, element(trainer, "iedereen-aan-het-woord"));
        MultiSelectComboBox<WerkzameElementen.Element> overig = _get(MultiSelectComboBox.class, spec -> spec.withId("elementen"));
        _setValue(overig, element(overig, "zelfoplossend-vermogen"));
        _click(_get(Button.class, spec -> spec.withText("Reflectie bewaren")));
        assertThat(jdbc.queryForObject("""
                select o.tekst from reflectie_opbrengst o join reflectie r on r.id = o.reflectie_id
                where r.bijeenkomst_id = ? and o.deelnemer_id = ?""", String.class, bijeenkomst, samira))
                .isEqualTo("Durfde voor het eerst een vraag te stellen");

        // the overview counts the reflection: from within 1+1+1, with 1+1, power to 1 (still neglected)
        UI.getCurrent().navigate("trainingen/empowerment",
                com.vaadin.flow.router.QueryParameters.of("groep", String.valueOf(groep)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("empowerment-samenvatting")).getText())
                .isEqualTo("1 groep(en), 1 bijeenkomst(en) met een plan of reflectie.");
        assertThat(dimensies()).contains("aria-label=\"Power from within (kracht van binnenuit): 3\"",
                "aria-label=\"Power with (kracht met anderen): 2\"",
                "class=\"staaf aandacht\" aria-label=\"Power to (kracht om te handelen): 1\"");
        assertThat(_get(Html.class, spec -> spec.withId("grafiek-elementen")).getInnerHtml())
                .contains("aria-label=\"Iedereen bij naam en aan het woord; antwoorden uit de groep: 2\"");

        // every read and change of participant data left a line in the audit log
        assertThat(jdbc.queryForList("select distinct actie from audit_regel where gebruiker = 'trainer'", String.class))
                .contains("sessie gelezen", "beurt geteld", "inbreng vastgelegd", "reflectie gelezen",
                        "reflectie vastgelegd", "afspraken gelezen");
    }

    @Test
    void another_trainers_bijeenkomst_is_not_found_on_any_session_screen() {
        long vanB = aanmelding.als("trainer-b", Rol.TRAINER, () -> {
            long g = groepService.maak(new NieuweGroep("Groep van B II", "sterk-naar-werk", Variant.REGULIER,
                    LocalDate.of(2027, 5, 3), null, 4));
            groep = g;
            return groepService.planBijeenkomst(g, new NieuweBijeenkomst(LocalDate.of(2027, 5, 3), LocalTime.of(13, 0),
                    LocalTime.of(15, 0), null));
        });
        login(Rol.TRAINER);
        for (String pad : List.of("trainingen/bijeenkomst/" + vanB + "/plan", "trainingen/bijeenkomst/" + vanB + "/sessie",
                "trainingen/bijeenkomst/" + vanB + "/reflectie", "trainingen/groep/" + groep + "/afspraken",
                "trainingen/groep/" + groep + "/uitkomsten")) {
            UI.getCurrent().navigate(pad);
            assertThat(_get(H1.class).getText()).as(pad).isEqualTo("Pagina niet gevonden");
        }
        UI.getCurrent().navigate("trainingen/empowerment",
                com.vaadin.flow.router.QueryParameters.of("groep", String.valueOf(groep)));
        Select<?> keuze = _get(Select.class, spec -> spec.withId("keuze"));
        assertThat(keuze.getValue()).isEqualTo("trainer");
    }

    private static Set<WerkzameElementen.Element> element(MultiSelectComboBox<WerkzameElementen.Element> veld, String slug) {
        return veld.getGenericDataView().getItems().filter(e -> e.slug().equals(slug)).collect(Collectors.toSet());
    }

    private static String dimensies() {
        return _get(Html.class, spec -> spec.withId("grafiek-dimensies")).getInnerHtml();
    }

    private static String instructie() {
        return _get(Div.class, spec -> spec.withId("instructie")).getChildren().map(c -> ((Html) c).getInnerHtml())
                .collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    static void blok(Bloksoort soort, int minuten, String opdracht) {
        Select<Bloksoort> soortVeld = _get(Select.class, spec -> spec.withLabel("Soort blok"));
        _setValue(soortVeld, soort);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Duur (minuten)")), minuten);
        if (opdracht != null) {
            ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Groepsopdracht")), opdracht);
        }
        _click(_get(Button.class, spec -> spec.withText("Blok toevoegen")));
    }
}
