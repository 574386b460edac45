package nl.leernetwerk.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.leernetwerk.KaribuTest;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.leernetwerk.training.Contactkanaal;
import nl.leernetwerk.training.GroepService;
import nl.leernetwerk.training.NieuweDeelnemer;
import nl.leernetwerk.training.NieuweBijeenkomst;
import nl.leernetwerk.training.NieuweGroep;
import nl.leernetwerk.training.Variant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every Vaadin route and every REST endpoint of the running application, for anonymous visitors
 * and each role: allowed or denied. The routes and endpoints come from the application's own
 * registries, so a new one fails this test until it is added to the matrix below.
 */
@AutoConfigureMockMvc
class AutorisatieMatrixTest extends KaribuTest {

    private static final Set<Rol> IEDEREEN = EnumSet.allOf(Rol.class);

    /** Per route the roles that may open it, and whether anonymous visitors may. */
    private static final Map<String, Set<Rol>> ROUTES = new LinkedHashMap<>();
    private static final Map<String, Boolean> ANONIEM = new LinkedHashMap<>();

    static {
        openbaar("");
        openbaar("login");
        openbaar("kennisbank");
        openbaar("kennisbank/:slug");
        openbaar("kennisbank/kaart");
        openbaar("zoeken");
        alleen("trainingen", Rol.TRAINER, Rol.BEHEERDER);
        alleen("trainingen/groep/:id", Rol.TRAINER, Rol.BEHEERDER);
        alleen("trainingen/bijeenkomst/:id", Rol.TRAINER, Rol.BEHEERDER);
        alleen("trainingen/opvolging", Rol.TRAINER, Rol.BEHEERDER);
        alleen("trainingen/week", Rol.TRAINER, Rol.BEHEERDER);
        alleen("trainingen/deelnemer/:id", Rol.TRAINER, Rol.BEHEERDER);
        alleen("leernetwerk", Rol.LID, Rol.REDACTEUR, Rol.BEHEERDER);
        alleen("beheer/gebruikers", Rol.BEHEERDER);
        alleen("beheer/inhoud", Rol.BEHEERDER, Rol.REDACTEUR);
    }

    /** REST endpoints (GET), all public: the published kennisbank and its documentation. */
    private static final Set<String> OPENBARE_API = Set.of("/api/zoeken", "/api/docs", "/api/docs.yaml");

    private static void openbaar(String route) {
        ROUTES.put(route, IEDEREEN);
        ANONIEM.put(route, true);
    }

    private static void alleen(String route, Rol... rollen) {
        ROUTES.put(route, EnumSet.copyOf(Set.of(rollen)));
        ANONIEM.put(route, false);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping restEndpoints;

    @Autowired
    private GroepService groepService;

    @Autowired
    private Aanmelding aanmelding;

    private long groepId;
    private long bijeenkomstId;
    private long deelnemerId;

    /** A group of the demo trainer, so the parameterised trainer routes have something to show. */
    @BeforeEach
    void groepVanDeDemoTrainer() {
        groepId = aanmelding.als("trainer", Rol.TRAINER, () -> groepService.maak(new NieuweGroep("Matrixgroep",
                "sterk-naar-werk", Variant.REGULIER, LocalDate.of(2027, 1, 4), null, 4)));
        bijeenkomstId = aanmelding.als("trainer", Rol.TRAINER, () -> groepService.planBijeenkomst(groepId,
                new NieuweBijeenkomst(LocalDate.of(2027, 1, 4), LocalTime.of(9, 0), LocalTime.of(11, 0), null)));
        deelnemerId = aanmelding.als("trainer", Rol.TRAINER, () -> groepService.voegDeelnemerToe(groepId,
                new NieuweDeelnemer("Matrixdeelnemer", Contactkanaal.SMS, null, null)));
    }

    private String pad(String template) {
        return template.replace(":slug", "de-cirkel-almere")
                .replace("groep/:id", "groep/" + groepId)
                .replace("bijeenkomst/:id", "bijeenkomst/" + bijeenkomstId)
                .replace("deelnemer/:id", "deelnemer/" + deelnemerId);
    }

    /** What the user sees: the view's H1, or the title of a denial page. */
    private static Optional<String> kop() {
        return _find(H1.class).stream().map(H1::getText).findFirst();
    }

    private static boolean geweigerd() {
        String locatie = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return locatie.equals("login") || kop().filter(k -> k.equals("Geen toegang")
                || k.equals("Pagina niet gevonden") || k.equals("Er ging iets mis")).isPresent();
    }

    @Test
    void every_route_is_in_the_matrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));

        assertThat(routes).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @Test
    void anonymous_visitors_reach_only_the_public_routes() {
        ROUTES.keySet().forEach(route -> {
            UI.getCurrent().navigate(pad(route));
            boolean mag = ANONIEM.get(route);
            assertThat(route.equals("login") || !geweigerd()).as("anoniem → " + route).isEqualTo(mag);
        });
    }

    @Test
    void each_role_reaches_exactly_its_routes() {
        for (Rol rol : Rol.values()) {
            login(rol);
            ROUTES.forEach((route, rollen) -> {
                if (route.equals("login")) {
                    return;
                }
                UI.getCurrent().navigate(pad(route));
                assertThat(!geweigerd()).as(rol + " → " + route).isEqualTo(rollen.contains(rol));
            });
        }
    }

    @Test
    void every_rest_endpoint_is_in_the_matrix_and_public_ones_answer_everyone() throws Exception {
        Set<String> endpoints = restEndpoints.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith("/api"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(OPENBARE_API);

        for (String endpoint : OPENBARE_API) {
            assertThat(status(get(endpoint))).as("anoniem → " + endpoint).isEqualTo(200);
            for (Rol rol : Rol.values()) {
                assertThat(status(get(endpoint).with(user(rol.name().toLowerCase()).roles(rol.name()))))
                        .as(rol + " → " + endpoint).isEqualTo(200);
            }
        }
    }

    private int status(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse().getStatus();
    }
}
