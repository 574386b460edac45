package nl.leernetwerk.training.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.leernetwerk.KaribuTest;
import nl.leernetwerk.account.Aanmelding;
import nl.leernetwerk.account.GebruikerSummary;
import nl.leernetwerk.account.Rol;
import nl.leernetwerk.training.AanwezigheidExport;
import nl.leernetwerk.training.AanwezigheidService;
import nl.leernetwerk.training.AanwezigheidStatus;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.DeelnemerService;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Several trainers per group: a co-trainer (a user with the trainer role) sees the participants
 * like the trainer; once removed, or as any other trainer or anonymous visitor, not by any route.
 */
class CoTrainerTest extends KaribuTest {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    private GroepService groepService;

    @Autowired
    private AanwezigheidService aanwezigheidService;

    @Autowired
    private DeelnemerService deelnemerService;

    @Autowired
    private AanwezigheidExport export;

    @Autowired
    private Aanmelding aanmelding;

    @Autowired
    private JdbcTemplate jdbc;

    /** Runs as another user in their own thread, as their own request would (this thread holds the UI's login). */
    private <T> T alsAnder(String gebruiker, Supplier<T> werk) {
        try {
            return CompletableFuture.supplyAsync(() -> aanmelding.als(gebruiker, Rol.TRAINER, werk)).join();
        } catch (CompletionException fout) {
            if (fout.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) fout.getCause();
        }
    }

    private String gebruiker(String voorvoegsel, Rol rol) {
        String naam = voorvoegsel + "-" + VOLGNUMMER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long id = jdbc.queryForObject("insert into gebruiker (gebruikersnaam, naam, wachtwoord_hash) values (?, ?, 'x')"
                + " returning id", Long.class, naam, "Mede " + naam);
        jdbc.update("insert into gebruiker_rol (gebruiker_id, rol) values (?, ?)", id, rol.name());
        return naam;
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_co_trainer_is_added_sees_the_participants_and_after_removal_no_longer_does() {
        String co = gebruiker("co-trainer", Rol.TRAINER);
        String lid = gebruiker("geen-trainer", Rol.LID);
        login(Rol.TRAINER);
        long groep = groepService.maak(new NieuweGroep("Duogroep", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 8, 9), null, 3));
        long deelnemer = groepService.voegDeelnemerToe(groep, new NieuweDeelnemer("Mila", Contactkanaal.SMS, null, null));
        long bijeenkomst = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 8, 9),
                LocalTime.of(9, 0), LocalTime.of(11, 0), null));
        UI.getCurrent().navigate("trainingen/groep/" + groep);
        assertThat(_find(Button.class, spec -> spec.withId("trainer-verwijderen-trainer")))
                .as("the only trainer cannot be removed").isEmpty();

        ComboBox<GebruikerSummary> kies = _get(ComboBox.class, spec -> spec.withLabel("Co-trainer"));
        List<String> keuzes = kies.getListDataView().getItems().map(GebruikerSummary::gebruikersnaam).toList();
        assertThat(keuzes).contains(co).doesNotContain(lid, "trainer", "beheerder");
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));
        assertThat(kies.getErrorMessage()).isEqualTo("Kies een trainer.");
        assertThat(kies.isInvalid()).isTrue();
        _setValue(kies, kies.getListDataView().getItems().filter(g -> g.gebruikersnaam().equals(co)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Toevoegen")));

        expectNotifications("Mede " + co + " is nu ook trainer van deze groep.");
        assertThat(_find(_get(HorizontalLayout.class, spec -> spec.withId("trainers")), Span.class).stream()
                .map(Span::getText)).contains("trainer", co);

        // the co-trainer sees the group, its participants, attendance and history
        alsAnder(co, () -> {
            assertThat(groepService.mijnGroepen()).anyMatch(g -> g.id() == groep);
            assertThat(groepService.groep(groep).orElseThrow().deelnemers()).extracting(d -> d.naam()).containsExactly("Mila");
            aanwezigheidService.registreer(bijeenkomst, deelnemer, AanwezigheidStatus.AANWEZIG, null);
            assertThat(deelnemerService.geschiedenis(deelnemer).orElseThrow().aanwezigheid()).hasSize(1);
            return null;
        });

        UI.getCurrent().navigate("trainingen/groep/" + groep);
        _click(_get(Button.class, spec -> spec.withId("trainer-verwijderen-" + co)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        expectNotifications(co + " is geen trainer van deze groep meer.");
        assertThatThrownBy(() -> alsAnder(co, () -> groepService.groep(groep)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList("select actie from audit_regel where onderwerp = ? and actie like 'trainer %'",
                String.class, "groep:" + groep)).containsExactly("trainer toegevoegd: " + co, "trainer verwijderd: " + co);
    }

    @Test
    void another_trainer_and_an_anonymous_visitor_reach_the_participants_by_no_route() {
        String ander = "trainer-elders";
        long groep = aanmelding.als(ander, Rol.TRAINER, () -> groepService.maak(new NieuweGroep("Groep elders",
                "sterk-naar-werk", Variant.REGULIER, LocalDate.of(2027, 8, 16), null, 3)));
        long deelnemer = aanmelding.als(ander, Rol.TRAINER, () -> groepService.voegDeelnemerToe(groep,
                new NieuweDeelnemer("Zoë Geheim", Contactkanaal.SMS, null, null)));
        long bijeenkomst = aanmelding.als(ander, Rol.TRAINER, () -> {
            long id = groepService.planBijeenkomst(groep, new NieuweBijeenkomst(LocalDate.of(2027, 8, 16),
                    LocalTime.of(9, 0), LocalTime.of(11, 0), "Elders"));
            aanwezigheidService.registreer(id, deelnemer, AanwezigheidStatus.AFWEZIG_ZONDER_BERICHT, null);
            return id;
        });
        List<String> routes = List.of("trainingen/groep/" + groep, "trainingen/bijeenkomst/" + bijeenkomst,
                "trainingen/deelnemer/" + deelnemer);

        for (String route : routes) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("anoniem → " + route)
                    .isEqualTo("login");
        }

        login(Rol.TRAINER);
        for (String route : routes) {
            UI.getCurrent().navigate(route);
            assertThat(_get(H1.class).getText()).as("trainer → " + route).isEqualTo("Pagina niet gevonden");
        }
        UI.getCurrent().navigate("trainingen/week", QueryParameters.of("week", "2027-08-16"));
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).noneMatch(t -> t.contains("Groep elders"));
        UI.getCurrent().navigate("trainingen/opvolging");
        assertThat(_find(Details.class).stream().map(Details::getSummaryText)).noneMatch(t -> t.contains("Zoë"));
        UI.getCurrent().navigate("trainingen");
        List<String> groepen = _get(Grid.class, spec -> spec.withId("groepen")).getGenericDataView().getItems()
                .map(String::valueOf).toList();
        assertThat(groepen).noneMatch(g -> g.contains("Groep elders"));
        assertThatThrownBy(() -> export.csv(groep, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.pdf(groep, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deelnemerService.geschiedenis(deelnemer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groepService.voegTrainerToe(groep, "trainer")).isInstanceOf(AccessDeniedException.class);
        long eigen = groepService.maak(new NieuweGroep("Eigen groep (elders)", "sterk-naar-werk", Variant.REGULIER,
                LocalDate.of(2027, 8, 16), null, 3));
        assertThatThrownBy(() -> deelnemerService.verplaats(deelnemer, eigen, LocalDate.of(2027, 8, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
