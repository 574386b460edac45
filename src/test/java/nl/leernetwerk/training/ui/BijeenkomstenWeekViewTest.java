package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The week view shows the bijeenkomsten of the trainer's own groups per day and pages by week. */
class BijeenkomstenWeekViewTest extends KaribuTest {

    @Autowired
    private GroepService groepService;

    @Autowired
    private Aanmelding aanmelding;

    private static List<String> links(String dag) {
        return _find(_get(Div.class, spec -> spec.withId("dag-" + dag)), RouterLink.class).stream()
                .map(RouterLink::getText).toList();
    }

    @Test
    void a_trainer_sees_their_week_per_day_and_moves_to_the_next_week() {
        long andere = aanmelding.als("trainer-week-b", Rol.TRAINER, () -> groepService.maak(new NieuweGroep(
                "Weekgroep van B", "sterk-naar-werk", Variant.REGULIER, LocalDate.of(2027, 11, 15), null, 3)));
        aanmelding.als("trainer-week-b", Rol.TRAINER, () -> groepService.planBijeenkomst(andere, new NieuweBijeenkomst(
                LocalDate.of(2027, 11, 15), LocalTime.of(9, 30), LocalTime.of(12, 0), "Elders")));
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Weekgroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 11, 15), null, 3));
        groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 11, 15), LocalTime.of(9, 30),
                LocalTime.of(12, 0), "Wijkcentrum"));
        groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 11, 25), LocalTime.of(13, 0),
                LocalTime.of(15, 0), null));

        UI.getCurrent().navigate("trainingen/week", QueryParameters.of("week", "2027-11-17"));

        assertThat(_get(H1.class).getText()).isEqualTo("Week 46: 15 november t/m 21 november 2027");
        assertThat(links("2027-11-15")).contains("09:30–12:00 Weekgroep (Wijkcentrum)")
                .noneMatch(l -> l.contains("Weekgroep van B"));
        assertThat(links("2027-11-16")).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("dag-2027-11-25"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Volgende week")));

        assertThat(_get(H1.class).getText()).isEqualTo("Week 47: 22 november t/m 28 november 2027");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("trainingen/week?week=2027-11-22");
        assertThat(links("2027-11-25")).contains("13:00–15:00 Weekgroep");

        _click(_get(Button.class, spec -> spec.withText("Vorige week")));
        _click(_get(Button.class, spec -> spec.withText("Vorige week")));
        assertThat(_get(H1.class).getText()).startsWith("Week 45: 8 november");

        UI.getCurrent().navigate("trainingen/week", QueryParameters.of("week", "2027-11-15"));
        RouterLinkKt._click(_find(_get(Div.class, spec -> spec.withId("dag-2027-11-15")), RouterLink.class).stream()
                .filter(l -> l.getText().contains("Weekgroep (Wijkcentrum)")).findFirst().orElseThrow());
        assertThat(_get(H1.class).getText()).isEqualTo("Aanwezigheid Weekgroep, 15-11-2027");
    }
}
