package nl.leernetwerk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import nl.leernetwerk.account.Rol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Browserless view tests (Karibu) against the running Spring context: real services, real
 * database, real access control. {@link #login(Rol)} signs in with the demo account of a role.
 */
@IntegrationTest
public abstract class KaribuTest {

    /** Password of the demo accounts (see README). */
    protected static final String DEMO_WACHTWOORD = "leernetwerk";

    private static Set<Class<?>> routes;
    private static Set<Class<?>> layouts;
    private static Set<Class<?>> errorViews;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @Autowired
    private PasswordEncoder passwordEncoder;

    /** Finds views like Vaadin's own start-up scan does, including package-private ones (Karibu only sees public ones). */
    @BeforeAll
    static void discoverRoutes() {
        Locale.setDefault(Locale.of("nl"));
        routes = scan(new AnnotationTypeFilter(Route.class));
        layouts = scan(new AnnotationTypeFilter(Layout.class));
        errorViews = scan(new AssignableTypeFilter(HasErrorParameter.class));
    }

    private static Set<Class<?>> scan(TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("nl.leernetwerk").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), KaribuTest.class.getClassLoader()))
                .collect(Collectors.toSet());
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = errorViews.stream()
                .map(view -> (Class<? extends HasErrorParameter<?>>) view).collect(Collectors.toSet());
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(new HashSet<>(), errorRoutes, true), context, uiFactory));
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        layouts.forEach(layout -> registry.setLayout((Class<? extends RouterLayout>) layout));
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        routes.forEach(route -> configuration.setAnnotatedRoute((Class<? extends Component>) route));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as the demo account of this role, checking its password as the login form would. */
    protected void login(Rol rol) {
        login(rol.name().toLowerCase(Locale.ROOT), DEMO_WACHTWOORD);
    }

    /** Signs in with this user name and password, checked as the login form would. */
    protected void login(String gebruikersnaam, String wachtwoord) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        Authentication authentication = provider.authenticate(
                new UsernamePasswordAuthenticationToken(gebruikersnaam, wachtwoord));
        // where a real request finds it: the HTTP session (read by Vaadin's security context strategy)
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        Set<String> rollen = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> rollen.contains(role));
    }
}
